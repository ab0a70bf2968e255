#!/bin/sh
# Runs RabbitMQ for Aspire, in the foreground, with everything under <base dir> and bound to 127.0.0.1.
# - The listener, user and password come from the environment Aspire gives (RABBITMQ_NODE_PORT,
#   PORTAL_RABBITMQ_USER, PORTAL_RABBITMQ_PASSWORD) and are written to rabbitmq.conf (the user is created
#   at the broker's first boot only).
# - The Erlang port mapper (epmd) runs as this script's child on ERL_EPMD_PORT: started by the broker it
#   would daemonize and outlive it, and the broker cannot register with it through DCP's proxy, so it gets
#   the port DCP picked for this resource, dialled directly.
# - It runs /usr/lib/rabbitmq/bin/rabbitmq-server (the /usr/sbin wrapper switches user through su and then
#   does not pass signals on), passes DCP's SIGTERM to it, and stops epmd once the broker is gone.
# Usage: rabbitmq.sh <rabbitmq-server> <epmd> <base dir>
set -eu
server=$1
epmd=$2
base=$3
mkdir -p "$base/home" "$base/log" "$base/mnesia"
cookie="$base/home/.erlang.cookie"
if [ ! -f "$cookie" ]; then
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$cookie"
fi
# Erlang refuses a cookie file others can read.
chmod 600 "$cookie"
echo "[]." > "$base/enabled_plugins"
umask 077
cat > "$base/rabbitmq.conf" <<CONF
listeners.tcp.1 = 127.0.0.1:$RABBITMQ_NODE_PORT
default_user = $PORTAL_RABBITMQ_USER
default_pass = $PORTAL_RABBITMQ_PASSWORD
default_user_tags.administrator = true
log.console = true
log.console.level = info
log.console.use_colors = off
CONF
unset RABBITMQ_NODE_PORT PORTAL_RABBITMQ_PASSWORD

export HOME="$base/home"
export RABBITMQ_NODENAME=rabbit@localhost
export RABBITMQ_MNESIA_BASE="$base/mnesia"
export RABBITMQ_LOG_BASE="$base/log"
export RABBITMQ_CONFIG_FILE="$base/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$base/enabled_plugins"
# Keep the machine's /etc/rabbitmq out of this broker.
export RABBITMQ_CONF_ENV_FILE="$base/rabbitmq-env.conf"
export RABBITMQ_ADVANCED_CONFIG_FILE="$base/advanced.config"
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

"$epmd" -address 127.0.0.1 -port "$ERL_EPMD_PORT" &
mapper=$!
until "$epmd" -names >/dev/null 2>&1; do
  kill -0 "$mapper" 2>/dev/null || { echo "epmd could not listen on 127.0.0.1:$ERL_EPMD_PORT" >&2; exit 1; }
  sleep 0.1
done

set +e
"$server" &
broker=$!
trap 'kill -TERM "$broker" 2>/dev/null' TERM INT
wait "$broker"
status=$?
# A trapped signal ends the first wait early; the second one waits for the broker's own exit.
if kill -0 "$broker" 2>/dev/null; then
  wait "$broker"
  status=$?
fi
kill -TERM "$mapper" 2>/dev/null
wait "$mapper"
exit "$status"
