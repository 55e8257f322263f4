#!/usr/bin/env python3
"""Trunk post_build hook: put the SHA-256 of every inline <script> of the staged
index.html into its Content-Security-Policy (replacing 'sha256-TRUNK-LOADER'), so the
policy allows Trunk's generated loader and nothing else inline."""
import base64, hashlib, os, re, sys

path = os.path.join(os.environ.get("TRUNK_STAGING_DIR", "dist"), "index.html")
html = open(path, encoding="utf-8").read()
inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
if "'sha256-TRUNK-LOADER'" not in html:
    sys.exit(f"csp.py: {path} has no 'sha256-TRUNK-LOADER' placeholder in its CSP")
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'" for s in inline
)
open(path, "w", encoding="utf-8").write(html.replace("'sha256-TRUNK-LOADER'", hashes or "'none'"))
print(f"csp.py: {len(inline)} inline script(s) hashed into the CSP")
