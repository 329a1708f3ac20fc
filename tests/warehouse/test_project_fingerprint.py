"""A build after the dbt project changed is a full refresh (incremental tables of an older shape
cannot be patched); the fingerprint that decides it follows the project's own files only."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows import transform
from flows.transform import project_changed, project_fingerprint, record_built_project


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    copy = tmp_path / "dbt"
    shutil.copytree(transform.DBT_PROJECT_DIR, copy, ignore=shutil.ignore_patterns("target", "logs"))
    monkeypatch.setattr(transform, "DBT_PROJECT_DIR", copy)
    monkeypatch.setattr(transform.project_fingerprint, "__defaults__", (copy,))
    return copy


def test_no_record_means_changed_and_a_record_means_unchanged(project, tmp_path):
    target = tmp_path / "target"
    assert project_changed(target)
    record_built_project(target)
    assert not project_changed(target)


@pytest.mark.parametrize("edit", ["models/marts/fct_meetings.sql", "macros/incremental_facts.sql",
                                  "dbt_project.yml", "seeds/countries.csv"])
def test_editing_a_model_macro_seed_or_the_project_file_changes_it(project, tmp_path, edit):
    target = tmp_path / "target"
    record_built_project(target)
    path = project / edit
    assert path.exists(), edit
    path.write_text(path.read_text() + "\n-- edited\n" if edit.endswith(".sql") else path.read_text() + "\n")
    assert project_changed(target)


def test_profile_and_build_output_do_not_count(project, tmp_path):
    before = project_fingerprint(project)
    (project / "profiles.yml").write_text((project / "profiles.yml").read_text() + "\n# threads tuned\n")
    (project / "target").mkdir(exist_ok=True)
    (project / "target" / "run_results.json").write_text("{}")
    assert project_fingerprint(project) == before
