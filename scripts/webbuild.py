"""Shared by scripts/post-build and scripts/build-single-file (python3, standard library).

The Content-Security-Policy of both builds is defined here, directive by directive;
docs/hosting.md explains each one.
"""

import base64
import html
import hashlib
import re

CSP_META = re.compile(
    r'<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*/?>', re.IGNORECASE
)
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.IGNORECASE | re.DOTALL)
# Trunk's live-reload script (only in `trunk serve` builds) has placeholders that the
# dev server fills in per request, so its hash cannot be known at build time.
DEV_MARKER = "{{__TRUNK_ADDRESS__}}"
# The chart library (src/radar.rs SCRIPT): loaded only when a chart is first shown,
# so the service worker keeps it once used instead of precaching it.
LAZY = re.compile(r"echarts-[0-9][^/]*\.js")


def sha256_source(data):
    """A CSP / Subresource Integrity source for `data` (bytes or str): 'sha256-…'."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"', re.IGNORECASE)


def style_attribute_hashes(page):
    """CSP sources for every distinct style attribute written in the page (the
    static first screen's score bars), so the policy allows exactly those."""
    values = sorted({html.unescape(value) for value in STYLE_ATTRIBUTE.findall(page)})
    return [sha256_source(value) for value in values]


def style_attribute_directive(hashes):
    """Style attributes: only the page's own, by hash ('unsafe-hashes' lets a hash
    match an attribute, nothing else). Without any, style-src applies: none."""
    return [("style-src-attr", ["'unsafe-hashes'"] + [f"'{h}'" for h in hashes])] if hashes else []


def inline_scripts(page):
    """The text of every inline <script> (one without a src attribute), in order."""
    return [body for attrs, body in SCRIPT.findall(page) if not re.search(r"\bsrc\s*=", attrs)]


def policy(directives):
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives)


def served_policy(script_hashes, style_attribute_hashes, dev=False):
    """The policy of dist/ (served over http(s), from any sub-path)."""
    scripts = ["'self'", "'wasm-unsafe-eval'"]
    # The inline scripts by hash: Trunk's start-up module (it imports the JS glue
    # and starts the wasm) and index.html's deep-link guard. `trunk serve` adds a live-reload script whose text changes per
    # request; only that development build allows inline scripts instead.
    scripts += ["'unsafe-inline'"] if dev else [f"'{h}'" for h in script_hashes]
    return policy(
        [
            ("default-src", ["'self'"]),
            ("script-src", scripts),
            # The stylesheet only: no <style> element, nothing from elsewhere. The app
            # sets styles through the CSSOM, which CSP allows.
            ("style-src", ["'self'"]),
        ]
        + style_attribute_directive(style_attribute_hashes)
        + [
            ("img-src", ["'self'", "data:", "blob:"]),
            ("font-src", ["'self'"]),
            ("connect-src", ["'self'"]),
            ("manifest-src", ["'self'"]),
            ("worker-src", ["'self'"]),
            ("frame-src", ["'none'"]),
            ("object-src", ["'none'"]),
            ("base-uri", ["'none'"]),
            ("form-action", ["'none'"]),
        ]
    )


def single_file_policy(script_hashes, style_hashes, style_attribute_hashes):
    """The policy of the single-file build: it loads nothing at all, so every source
    is 'none' but its own inline scripts and style, by hash."""
    return policy(
        [
            ("default-src", ["'none'"]),
            ("script-src", ["'wasm-unsafe-eval'"] + [f"'{h}'" for h in script_hashes]),
            ("style-src", [f"'{h}'" for h in style_hashes]),
        ]
        + style_attribute_directive(style_attribute_hashes)
        + [
            ("img-src", ["data:", "blob:"]),
            ("object-src", ["'none'"]),
            ("base-uri", ["'none'"]),
            ("form-action", ["'none'"]),
        ]
    )


def set_csp(page, csp):
    """Writes `csp` into the page's CSP meta tag (which must come before any script)."""
    # Only `&` and `"` need escaping in the attribute; quotes stay readable.
    content = csp.replace("&", "&amp;").replace('"', "&quot;")
    tag = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    match = CSP_META.search(page)
    if not match:
        raise SystemExit("no <meta http-equiv=\"Content-Security-Policy\" …> in index.html")
    first_script = re.search(r"<script\b", page, re.IGNORECASE)
    if first_script and first_script.start() < match.start():
        raise SystemExit("the CSP meta tag must come before every <script> in index.html")
    return page[: match.start()] + tag + page[match.end() :]
