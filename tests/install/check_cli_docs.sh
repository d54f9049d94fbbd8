#!/usr/bin/env bash
# usage: check_cli_docs.sh DPIW MANPAGE COMPLETION
# Every long option that `dpiw COMMAND --help` prints appears in the man
# page and is offered by the bash completion for that command (and every
# command is completed): the docs cannot drift from the real options.
set -uo pipefail
dpiw=$1 manpage=$2 completion=$3

completion_lib=/usr/share/bash-completion/bash_completion
if [[ ! -r "$completion_lib" ]]; then
    echo "skipped: bash-completion is not installed ($completion_lib)"
    exit 77
fi
# shellcheck disable=SC1090
source "$completion_lib"
# shellcheck disable=SC1090
source "$completion"

# Options bash would offer after `dpiw WORDS... -`.
complete_options()
{
    COMP_WORDS=(dpiw "$@" -)
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _dpiw dpiw - "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}"
}

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The commands dpiw --help lists are the ones completed first.
commands=$("$dpiw" --help | sed -n 's/^  \([a-z]\+\) .*/\1/p')
COMP_WORDS=(dpiw "") COMP_CWORD=1 COMP_LINE="dpiw " COMP_POINT=5 COMPREPLY=()
_dpiw dpiw "" dpiw
for command in $commands; do
    printf '%s\n' "${COMPREPLY[@]}" | grep -qx "$command" || fail "'dpiw $command' is not completed"
done

check()
{
    local help offered option
    help=$("$dpiw" "$@" --help) || { fail "dpiw $* --help failed"; return; }
    offered=$(complete_options "$@")
    for option in $(grep -oE -- '--[a-z][a-z-]*' <<< "$help" | sort -u); do
        [[ "$option" == --help-all ]] && continue # Qt's, same as --help
        grep -qx -- "$option" <<< "$offered" || fail "dpiw $* $option is not completed"
        grep -q -- "${option//-/\\\\-}" "$manpage" || fail "dpiw $* $option is not in the man page"
    done
    echo "dpiw $*: $(grep -oE -- '--[a-z][a-z-]*' <<< "$help" | sort -u | tr '\n' ' ')"
}

for command in $commands; do
    if [[ "$command" == map ]]; then
        for sub in render import export list; do
            check map "$sub"
        done
    else
        check "$command"
    fi
done

if ((failures > 0)); then
    echo "$failures problem(s)"
    exit 1
fi
echo "man page and completion cover every option"
