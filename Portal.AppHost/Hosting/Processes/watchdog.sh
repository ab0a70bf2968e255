#!/bin/sh
# Portal.AppHost's watchdog. The AppHost starts it in a session of its own with a pipe as stdin and keeps
# the other end, so end-of-file on stdin means the AppHost has ended, however it ended (even SIGKILL).
# The watchdog then stops every process recorded in <run-dir>/*.pid: the recorded signal to its process
# group, after 10 s SIGKILL, and the same for descendants that left the group (PostgreSQL backends and
# Erlang helpers start sessions of their own). Started with stdin already closed it cleans up at once:
# the AppHost does that for the leftovers of a crashed run.
#
# Usage: watchdog.sh <run-dir> [<directory to delete afterwards>]
# A pid file has three lines: pid, start time (field 22 of /proc/<pid>/stat), signal name (INT, TERM).
# The start time guards against reused pids.

run_dir=$1
delete_dir=$2
exec >>"$run_dir/watchdog.log" 2>&1

while read -r _; do :; done
exec </dev/null

# "<pid> <ppid> <starttime>" for every process that is not a zombie.
list_processes() {
    for stat_file in /proc/[0-9]*/stat; do
        { read -r line <"$stat_file"; } 2>/dev/null || continue
        pid=${line%% *}
        set -- ${line##*) }
        [ "$1" = Z ] || echo "$pid $2 ${20}"
    done
}

# "<pid>:<starttime>" of the process and of all its descendants.
tree_of() {
    list_processes | awk -v root="$1" -v root_start="$2" '
        { parent[$1] = $2; start[$1] = $3 }
        END {
            if (!(root in start) || start[root] != root_start) exit
            keep[root] = 1
            do {
                changed = 0
                for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 }
            } while (changed)
            for (p in keep) print p ":" start[p]
        }'
}

# True while "<pid>:<starttime>" lives.
is_alive() {
    want=${1#*:}
    { read -r line <"/proc/${1%%:*}/stat"; } 2>/dev/null || return 1
    set -- ${line##*) }
    [ "$1" != Z ] && [ "${20}" = "$want" ]
}

victims=""
for pid_file in "$run_dir"/*.pid; do
    [ -f "$pid_file" ] || continue
    pid="" start="" signal=""
    { read -r pid; read -r start; read -r signal; } <"$pid_file"
    if [ -n "$pid" ] && [ -n "$start" ] && is_alive "$pid:$start"; then
        echo "$(date '+%F %T') stopping $(basename "$pid_file" .pid) (pid $pid) with SIG${signal:-TERM}"
        victims="$victims $(tree_of "$pid" "$start")"
        kill -s "${signal:-TERM}" -- "-$pid" 2>/dev/null || kill -s "${signal:-TERM}" "$pid" 2>/dev/null
    fi
done

i=0
while [ "$i" -lt 50 ]; do
    left=""
    for victim in $victims; do
        is_alive "$victim" && left="$left $victim"
    done
    [ -z "$left" ] && break
    sleep 0.2
    i=$((i + 1))
done

for victim in $victims; do
    if is_alive "$victim"; then
        echo "$(date '+%F %T') killing pid ${victim%%:*}"
        kill -s KILL -- "-${victim%%:*}" 2>/dev/null
        kill -s KILL "${victim%%:*}" 2>/dev/null
    fi
done

rm -f "$run_dir"/*.pid
if [ -n "$delete_dir" ]; then
    rm -rf "$delete_dir"
fi
