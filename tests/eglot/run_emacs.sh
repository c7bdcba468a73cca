#!/usr/bin/env bash
# Runs one Emacs batch-mode test, isolated from the user's configuration and packages but with
# Debian's site start-up (which puts elpa-eglot on the load path):
#   run_emacs.sh EMACS SCRIPT.el        (PARALLAX_BIN in the environment)
set -euo pipefail

emacs=$1
script=$2

home=$(mktemp -d "${TMPDIR:-/tmp}/parallax-emacs.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" TMPDIR="$home"

"$emacs" --batch --no-init-file -l "$script" </dev/null
