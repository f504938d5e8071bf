#!/usr/bin/env bash
# Throwaway Dovecot IMAP server on loopback, for tests and local development.
#   start: prints the server's folder (keep it: the CA cert is $DIR/cert.pem)
#   stop DIR: stops that server by its pid and removes DIR
# Needs: root, apt packages dovecot-imapd + openssl. Touches nothing outside DIR.
set -euo pipefail
IMAP_PORT=${IMAP_PORT:-10143}    # plain + STARTTLS
IMAPS_PORT=${IMAPS_PORT:-10993}  # implicit TLS
# OAUTH2_INTROSPECTION_URL=http://...: also accept OAuth2 access tokens by XOAUTH2 (the one
# mechanism Exchange Online offers), checked by POSTing them to that RFC 7662 endpoint
OAUTH2_INTROSPECTION_URL=${OAUTH2_INTROSPECTION_URL:-}

case "${1:-}" in
start)
  D=$(mktemp -d /tmp/dovecot-XXXXXX)
  chmod 755 "$D"                                  # auth runs as user 'dovecot' and reads $D/users
  mkdir "$D/mail" && chown nobody:nogroup "$D/mail"  # mail is stored as nobody (uid 0 is refused)
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj '/CN=localhost' \
    -addext 'subjectAltName=DNS:localhost,IP:127.0.0.1' \
    -keyout "$D/key.pem" -out "$D/cert.pem" 2>/dev/null
  printf '%s\n' 'alice:{PLAIN}alicepass' 'bob:{PLAIN}bobpass' > "$D/users"
  cat > "$D/dovecot.conf" <<EOF
protocols = imap
listen = 127.0.0.1
base_dir = $D/run
state_dir = $D/state
log_path = $D/dovecot.log
ssl_cert = <$D/cert.pem
ssl_key = <$D/key.pem
mail_location = maildir:$D/mail/%u
# IDLE is told of new mail by inotify; where a busy machine has no inotify instance left,
# Dovecot falls back to looking every mailbox_idle_check_interval (30 s by default)
mailbox_idle_check_interval = 1 secs
passdb {
  driver = passwd-file
  args = scheme=PLAIN $D/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$D/mail/%u
}
service imap-login {
  inet_listener imap {
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = $IMAPS_PORT
    ssl = yes
  }
}
EOF
  if [ -n "$OAUTH2_INTROSPECTION_URL" ]; then
    cat >> "$D/dovecot.conf" <<EOF
auth_mechanisms = plain login xoauth2
passdb {
  driver = oauth2
  mechanisms = xoauth2
  args = $D/oauth2.conf.ext
}
EOF
    printf '%s\n' 'introspection_mode = post' "introspection_url = $OAUTH2_INTROSPECTION_URL" \
      'username_attribute = username' 'active_attribute = active' 'active_value = true' > "$D/oauth2.conf.ext"
  fi
  # daemonizes (-F: stay in the foreground). The daemon keeps the stderr it was given, so hand it
  # a file: a caller that captures our output (execFileSync, $(...) with 2>&1) would hang otherwise
  if ! dovecot -c "$D/dovecot.conf" </dev/null >/dev/null 2>"$D/stderr.log"; then
    cat "$D/stderr.log" >&2; rm -rf "$D"; exit 1     # e.g. "listen(127.0.0.1, 10143) failed: Address already in use"
  fi
  for _ in $(seq 100); do             # ready = the greeting says "ready."
    if (exec 3<>"/dev/tcp/127.0.0.1/$IMAP_PORT" && timeout 2 grep -q -m1 'ready\.' <&3) 2>/dev/null; then
      echo "$D"; exit 0
    fi
    sleep 0.1
  done
  echo "dovecot did not come up:" >&2; cat "$D/dovecot.log" >&2
  kill "$(cat "$D/run/master.pid")" 2>/dev/null || true; exit 1
  ;;
stop)
  D=${2:?usage: $0 stop DIR}
  if [ -f "$D/run/master.pid" ]; then
    P=$(cat "$D/run/master.pid")
    kill "$P" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$P" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$D"
  ;;
*) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
