"""Entry script of the dashboard (`streamlit run flows/dashboard/app.py`).

Reads only the published warehouse `$DIPLOMEET_HOME/diplomeet.duckdb` (default
`./warehouse`), read-only. Data problems are shown as one-line messages, never tracebacks.
"""

import duckdb
import streamlit as st

from flows.dashboard.cache import current_path, current_version
from flows.dashboard.sidebar import render_filters
from flows.dashboard.text import md
from flows.dashboard.warehouse import WarehouseUnavailable

# No page_icon and no page icons: Streamlit turns them into favicons fetched from
# fonts.gstatic.com, and the dashboard must not reach the internet (the e2e test checks).
st.set_page_config(page_title="diplomeet · diplomatic meetings", layout="wide")

NO_WAREHOUSE = (
    "No published warehouse yet at {path}. Build one with `make demo` (the offline sample "
    "site) or `diplomeet run` (the live sites), then reload this page."
)


def _fail(message: str) -> None:
    st.error(message)
    st.stop()


if current_version() is None:
    st.title("diplomeet")
    st.info(NO_WAREHOUSE.format(path=md(current_path())))
    st.stop()

PAGES = [
    st.Page("views/overview.py", title="Overview", default=True),
    st.Page("views/people.py", title="People"),
    st.Page("views/organizations.py", title="Organizations"),
    st.Page("views/countries.py", title="Countries"),
    st.Page("views/search.py", title="Search"),
]
page = st.navigation(PAGES)
try:
    render_filters()
    page.run()
except WarehouseUnavailable as exc:
    _fail(f"{md(exc)} Build one with `make demo` or `diplomeet run`, then reload this page.")
except duckdb.Error as exc:
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    _fail(f"The published warehouse at {md(current_path())} could not be read "
          f"({md(first_line)}). "
          "It may come from an older version of diplomeet: rebuild it with `diplomeet run`.")
