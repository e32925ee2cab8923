# Sourced by the scripts: puts cargo-installed tools and the pinned npm tools
# (wasm-opt, esbuild) on PATH, and points the browser tests at Debian's Chromium.
_stackwise_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_stackwise_root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# The browser binary itself, not Debian's /usr/bin/chromium wrapper, which
# adds Google API keys and flags that make Chromium call Google services.
export CHROMIUM="${CHROMIUM:-/usr/lib/chromium/chromium}"
unset _stackwise_root
