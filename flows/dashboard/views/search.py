"""Search people and organizations by name (any spelling the releases used, or an acronym)."""

import streamlit as st

from flows.dashboard import data
from flows.dashboard.cache import q
from flows.dashboard.text import label, md

st.title("Search")
text = st.text_input("Name contains", key="search_text",
                     placeholder="e.g. Liu, Komeito, SPD", help="Case-insensitive.")
if not text.strip():
    st.caption("Type part of a person's or an organization's name.")
    st.stop()

hits = q(data.search, text, 50)
if hits.empty:
    st.info(md(f"Nothing found for “{text.strip()}”."))
    st.stop()
st.dataframe(hits.assign(kind=hits["kind"].map(label)), hide_index=True,
             column_order=["kind", "name", "detail", "meetings"],
             column_config={"kind": "Type", "name": "Name", "detail": "Details",
                            "meetings": st.column_config.NumberColumn("Meetings")})

pick = st.selectbox("Open", list(range(len(hits))), key="search_pick",
                    format_func=lambda i: f"{label(hits['kind'].iloc[i])}: {hits['name'].iloc[i]}")
if st.button("Open page", type="primary"):
    row = hits.iloc[pick]
    if row["kind"] == "person":
        st.session_state["person_key"] = row["key"]
        st.switch_page("views/people.py")
    else:
        st.session_state["org_key"] = row["key"]
        st.switch_page("views/organizations.py")
