"""The sidebar filters, shared by every page.

The entry script calls `render_filters()` on every rerun (so the widgets, keyed in session
state, keep their values across pages); pages read the result with `current_filters()`.
Stored values that a newer publish no longer offers are dropped before the widgets render,
so a new warehouse version never breaks a session that is already open.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from flows.dashboard import data
from flows.dashboard.cache import q
from flows.dashboard.text import label

_FILTERS_KEY = "filters"
_WIDGET_KEYS = ("f_dates", "f_dates_bounds", "f_officials", "f_countries", "f_sectors", "f_kinds", "f_modes")


def _keep_known(key: str, allowed: list) -> None:
    # Written only when something changed: an unchanged write would count as a new value.
    if key in st.session_state:
        kept = [v for v in st.session_state[key] if v in allowed]
        if kept != list(st.session_state[key]):
            st.session_state[key] = kept


def _reset() -> None:
    for key in _WIDGET_KEYS:
        st.session_state.pop(key, None)


def _date_range(opts: data.FilterOptions) -> tuple[date | None, date | None]:
    if opts.first_day is None or opts.last_day is None:
        return None, None
    first, last = opts.first_day, opts.last_day
    # A range the user never narrowed follows the data: when a new publish moves the bounds,
    # it becomes the new full range; a narrowed range is only clamped into the new bounds.
    stored = st.session_state.get("f_dates")
    if stored is not None:
        if tuple(stored) == st.session_state.get("f_dates_bounds"):
            wanted = (first, last)
        else:
            wanted = tuple(min(max(d, first), last) for d in stored)
        if wanted != tuple(stored):
            st.session_state["f_dates"] = wanted
    st.session_state["f_dates_bounds"] = (first, last)
    picked = st.date_input("Meeting dates", value=(first, last), min_value=first,
                           max_value=last, key="f_dates", format="YYYY-MM-DD",
                           help="Day of the meeting (the publication day when the release "
                                "gives none).")
    picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
    # While the user is half-way through picking a range only the start is set.
    start = picked[0] if picked else first
    end = picked[1] if len(picked) > 1 else last
    return start, end


def render_filters() -> data.Filters:
    """Draw the filters in the sidebar and return the selection."""
    opts: data.FilterOptions = q(data.filter_options)
    official_names = dict(opts.officials)
    country_names = dict(opts.countries)
    for key, allowed in (("f_officials", list(official_names)),
                         ("f_countries", list(country_names)), ("f_sectors", opts.sectors),
                         ("f_kinds", opts.kinds), ("f_modes", opts.modes)):
        _keep_known(key, allowed)
    with st.sidebar:
        st.header("Filters")
        date_from, date_to = _date_range(opts)
        officials = st.multiselect("Chinese official", list(official_names),
                                   format_func=lambda k: official_names.get(k, str(k)),
                                   key="f_officials", placeholder="All officials")
        countries = st.multiselect("Counterpart country", list(country_names),
                                   format_func=lambda c: f"{country_names.get(c, c)} ({c})",
                                   key="f_countries", placeholder="All countries")
        sectors = st.multiselect("Counterpart sector", opts.sectors, format_func=label,
                                 key="f_sectors", placeholder="All sectors",
                                 help="Sector of a foreign participant's organization.")
        kinds = st.multiselect("Kind", opts.kinds, format_func=label, key="f_kinds",
                               placeholder="All kinds")
        modes = st.multiselect("Mode", opts.modes, format_func=label, key="f_modes",
                               placeholder="All modes")
        st.button("Reset filters", on_click=_reset, width="stretch")
    filters = data.Filters(date_from=date_from, date_to=date_to, officials=tuple(officials),
                           countries=tuple(countries), sectors=tuple(sectors),
                           kinds=tuple(kinds), modes=tuple(modes))
    st.session_state[_FILTERS_KEY] = filters
    return filters


def current_filters() -> data.Filters:
    return st.session_state.get(_FILTERS_KEY, data.Filters())
