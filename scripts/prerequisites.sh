#!/usr/bin/env bash
# Installs what Portal needs on a fresh Debian machine that has the .NET 10 SDK:
# PostgreSQL 15, RabbitMQ, Chromium (browser tests), Node's MailDev, and the local dotnet tools.
# Aspire's orchestrator (DCP) and dashboard come with the AppHost SDK from NuGet at build time.
# Safe to run again: it only installs what is missing. It never starts the Debian services;
# Portal.AppHost runs PostgreSQL and RabbitMQ itself, as Aspire executable resources.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v chromium >/dev/null || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs npm)
command -v setpriv >/dev/null || missing+=(util-linux)
# The AppHost process tests run a whole stack in a network namespace of its own (unshare, ip).
command -v ip >/dev/null || missing+=(iproute2)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  # Keep the packages' init scripts from starting system-wide PostgreSQL/RabbitMQ services.
  policy=/usr/sbin/policy-rc.d
  added_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod +x "$policy"
    added_policy=1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ -n "$added_policy" ]; then $sudo rm -f "$policy"; fi
fi

if [ ! -x tools/maildev/node_modules/.bin/maildev ]; then
  echo "Installing MailDev ..."
  npm ci --prefix tools/maildev --no-audit --no-fund --loglevel=error >/dev/null
fi

# The Kubernetes manifests' validator (Portal.Deployment.Tests): the API's JSON schemas, offline once installed.
if [ ! -d tools/kubernetes-validation/node_modules/kubernetes-models ]; then
  echo "Installing the Kubernetes manifest validator ..."
  npm ci --prefix tools/kubernetes-validation --no-audit --no-fund --loglevel=error >/dev/null
fi

dotnet tool restore >/dev/null
