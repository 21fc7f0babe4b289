import pytest

from tasks import config


def test_defaults_when_there_is_no_file(tmp_path):
    settings = config.load_settings(tmp_path, environ={})
    assert settings["run"]["batch_size"] == config.Setting(1000, "default")


def test_file_then_environment_override(tmp_path):
    (tmp_path / "sourcescore.toml").write_text("[run]\nbatch_size = 50\n[weights]\nsourcing = 0.5\n")
    settings = config.load_settings(tmp_path, environ={"SOURCESCORE_RUN_BATCH_SIZE": "25"})
    assert settings["run"]["batch_size"] == config.Setting(25, "SOURCESCORE_RUN_BATCH_SIZE")
    assert settings["weights"]["sourcing"].value == 0.5
    assert settings["weights"]["sourcing"].origin.endswith("sourcescore.toml")


def test_pyproject_tool_section_is_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.sourcescore.paths]\ninputs = 'feeds'\n")
    settings = config.load_settings(tmp_path, environ={})
    assert settings["paths"]["inputs"].value == "feeds" and "[tool.sourcescore]" in settings["paths"]["inputs"].origin


@pytest.mark.parametrize(
    "name, value",
    [("SOURCESCORE_RUN_BATCH_SIZE", "0"), ("SOURCESCORE_RUN_BATCH_SIZE", "many"), ("SOURCESCORE_WEIGHTS_SOURCING", "-1")],
)
def test_bad_values_are_named(tmp_path, name, value):
    with pytest.raises(config.ConfigError, match=name):
        config.load_settings(tmp_path, environ={name: value})


def test_broken_toml_is_reported(tmp_path):
    (tmp_path / "sourcescore.toml").write_text("[run\n")
    with pytest.raises(config.ConfigError, match="sourcescore.toml"):
        config.load_settings(tmp_path, environ={})
