"""Both adapters against the team's generated sample site (flows/sample_site), served
on 127.0.0.1: every listing page derived, every article link found, and every article's
title, posting date and paragraphs equal to what the site recorded it served."""

from __future__ import annotations

import httpx
import pytest

from flows.sources import get_source
from parsers.html import extract_article_html

sample_site = pytest.importorskip("flows.sample_site")


@pytest.mark.parametrize("layout", ["idcpc", "fmprc"])
def test_adapter_reads_the_whole_sample_site(layout):
    releases = sample_site.generate_releases(70, seed=7, sources=[layout])
    site = sample_site.SampleSite(releases, layout=layout, page_size=20)
    source = get_source(layout)
    # A fresh connection per request: a kept-alive one to this server waits ~40 ms a
    # request (delayed ACK against a two-write response), which only slows the test.
    no_keepalive = httpx.Limits(max_keepalive_connections=0)
    with sample_site.serve(site) as server, httpx.Client(timeout=10, limits=no_keepalive) as client:
        found: list[str] = []
        page_count = None
        for index, url in enumerate(source.listing_urls(server.base_url)):
            if page_count is not None and index >= page_count:
                break
            listing = source.parse_listing(client.get(url).content, url)
            page_count = listing.page_count
            found.extend(listing.article_urls)
        assert page_count == site.page_count
        assert found == [server.base_url + path for path in site.article_paths()]

        for release in site.releases:
            url = server.base_url + release.url_path
            assert source.release_date_from_url(url) is not None
            raw = client.get(url).content
            article = source.extract_article(raw, url)
            assert article.title == release.title
            assert article.published == release.published
            assert article.body_text.split("\n\n") == site.paragraphs(release.url_path)
            assert article.language == "en"
            # and without the site's class names, by structure alone
            bare = extract_article_html(raw, url)
            assert (bare.title, bare.body_text) == (article.title, article.body_text)
