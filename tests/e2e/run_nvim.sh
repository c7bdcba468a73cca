#!/usr/bin/env bash
# Runs one end-to-end test script in a real headless Neovim, isolated from the user's
# configuration and state:  run_nvim.sh NVIM SCRIPT.lua
# The script reads PARALLAX_* from the environment and exits with `cquit N`. On failure, the
# Neovim LSP log (which holds the server's stderr) is printed.
set -uo pipefail

nvim=$1
script=$2

home=$(mktemp -d "${TMPDIR:-/tmp}/parallax-e2e.XXXXXX")
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" \
       XDG_CACHE_HOME="$home/cache" TMPDIR="$home"
mkdir -p "$XDG_CACHE_HOME"

# Neovim writes its own messages (errors from autocommands and handlers) to stdout/stderr;
# the script's verdict is the exit status.
nvim_status=0
"$nvim" --headless -u NONE -i NONE -n -c "luafile $script" </dev/null || nvim_status=$?

if [[ $nvim_status -ne 0 ]]; then
    log="$XDG_CACHE_HOME/nvim/lsp.log"
    [[ -f $log ]] || log="$XDG_CACHE_HOME/lsp.log"
    if [[ -s $log ]]; then
        echo "---- Neovim LSP log (last 60 lines) ----" >&2
        tail -n 60 "$log" >&2
    fi
    echo "$(basename "$script"): Neovim exited with status $nvim_status" >&2
fi
exit "$nvim_status"
