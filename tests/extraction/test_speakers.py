"""Speaker resolution: full names, surnames and organisations that speak."""
def test_description_resolves_through_role_seen_earlier(run):
    ex = run("Tashkent-based political analyst Rafik Tashmurov spoke on Monday. "
             "The analyst said that the alliance was weak.")
    (st,) = ex.statements
    assert st.speaker == "Rafik Tashmurov"


def test_pronoun_takes_previous_speaker(run):
    ex = run("Anatoly Antonov said the drills would start. He added that they would be large.")
    assert [s.speaker for s in ex.statements] == ["Anatoly Antonov", "Anatoly Antonov"]


def test_states_and_ministries_speak(run):
    ex = run("Russia has argued that the sanctions are illegal.")
    assert ex.statements[0].speaker == "Russia"
