"""Flow-run heartbeats: off for runs on Prefect's ephemeral API, Prefect's default against a server."""

from __future__ import annotations

from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

from flows.nightly import local_run_settings


def heartbeat_frequency():
    return get_current_settings().flows.heartbeat_frequency


def test_a_run_on_the_ephemeral_api_sends_no_heartbeats():
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert get_current_settings().api.url is None
        default = heartbeat_frequency()
        with local_run_settings():
            assert heartbeat_frequency() is None
        assert heartbeat_frequency() == default


def test_a_run_against_a_server_keeps_prefects_heartbeats():
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:4200/api"}):
        default = heartbeat_frequency()
        with local_run_settings():
            assert heartbeat_frequency() == default
    assert default  # Prefect's default is on; were it off, the first test would prove nothing
