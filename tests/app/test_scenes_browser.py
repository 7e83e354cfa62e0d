"""A scene shared as a file, in real Chromium: save the view as a scene, download its file, and — as a
colleague whose scenes folder is empty — upload it and open it: the same view comes back."""
import os
import re
import shutil

from tests.app.server import streamlit_server

RUSSIA = "state:d7574ed5ae79baacd0bf"


def test_a_scene_file_travels_to_a_colleague(browser, db_copy, tmp_path):
    folder = tmp_path / "scenes"
    with streamlit_server(db_copy, {"WHOSAID_SCENES": str(folder), "WHOSAID_QUERIES": str(tmp_path / "q")}) as base:
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page = context.new_page()
        page.goto(f"{base}/?e={RUSSIA}&d=2")
        page.wait_for_selector("canvas[data-testid=nvl-c2d-canvas]", timeout=90_000)
        sidebar = page.get_by_test_id("stSidebar")
        sidebar.get_by_text("Scenes: save, reopen, share").click()
        sidebar.get_by_label("Scene name").fill("Russia, two steps")
        sidebar.get_by_label("Note").fill("for the Tuesday brief")
        sidebar.get_by_role("button", name="Save scene").click()
        sidebar.get_by_text("Saved scene Russia, two steps").wait_for(timeout=30_000)
        with page.expect_download() as info:
            sidebar.get_by_role("button", name="Download").click()
        shared = tmp_path / "shared.scene.json"
        info.value.save_as(str(shared))
        shutil.rmtree(folder)                                     # the colleague has no scenes yet
        context.close()

        colleague = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = colleague.new_page()
        page.goto(base)
        page.get_by_text("What the store holds").wait_for(timeout=90_000)
        sidebar = page.get_by_test_id("stSidebar")
        sidebar.get_by_text("Scenes: save, reopen, share").click()
        sidebar.locator("[data-testid=stFileUploader] input[type=file]:not([multiple])").set_input_files(str(shared))
        sidebar.get_by_text("Added scene Russia, two steps").wait_for(timeout=30_000)
        sidebar.locator("[data-testid^=stBaseButton]", has_text="Open").click()   # not the select box's "Open"
        page.wait_for_function(f"location.search.includes('e={RUSSIA.replace(':', '%3A')}') || "
                               f"location.search.includes('e={RUSSIA}')", timeout=30_000)
        assert re.search(r"[?&]d=2(&|$)", page.url)
        sidebar.get_by_text("for the Tuesday brief").first.wait_for(timeout=30_000)
        page.wait_for_selector("canvas[data-testid=nvl-c2d-canvas]", timeout=60_000)
        colleague.close()
    assert os.listdir(folder) == ["russia-two-steps.scene.json"]
