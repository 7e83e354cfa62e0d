"""Language step: non-English articles are detected and reported, not mined."""
from loaders.extraction.language import detect


def test_detects_scripts_and_english():
    assert detect("Президент России Владимир Путин заявил во вторник, что переговоры провалились.") == "ru"
    assert detect("قال الرئيس يوم الثلاثاء إن المحادثات فشلت وإنه سيعود إلى بلاده") == "ar"
    assert detect("美国总统周二表示，谈判已经失败，他将回家。我们会继续努力工作。") == "zh"
    assert detect("The president said on Tuesday that the talks had failed and that he would go home.") == "en"
    assert detect("Le président a dit mardi que les négociations avaient échoué et qu'il rentrait.") == "fr"


def test_non_english_article_yields_warning_and_nothing(run):
    ex = run("Президент России Владимир Путин заявил во вторник, что переговоры с Украиной провалились.")
    assert ex.language == "ru" and ex.warnings and not ex.entities and not ex.statements
