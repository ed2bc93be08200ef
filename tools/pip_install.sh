#!/usr/bin/env bash
# pip install into a venv, quietly:  tools/pip_install.sh VENV PIP-INSTALL-ARGUMENTS...
#
# A machine whose pip config lists a local index folder (extra-index-url = file:///...) that lacks
# some project makes pip print "WARNING: Location 'file:///...' is ignored: it is neither a file
# nor a directory." once per package. This project names no such location, so those lines say
# nothing about it and are dropped; every other line, and pip's exit status, come through.
set -uo pipefail
venv=$1
shift
"$venv/bin/pip" install --quiet --disable-pip-version-check "$@" 2>&1 |
    grep -Ev "^WARNING: Location 'file://[^']*' is ignored: it is neither a file nor a directory\.$"
exit "${PIPESTATUS[0]}"
