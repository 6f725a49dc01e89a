#!/usr/bin/env bash
# Signs in to a running Jixiao and prints the session cookie header value ("JSESSIONID=…").
# Usage: bench/login.sh http://localhost:8080 auditor jixiao-demo
set -euo pipefail
base=$1 user=${2:-auditor} password=${3:-jixiao-demo}
jar=$(mktemp)
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=$password&_csrf=$token" "$base/login"
awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
rm -f "$jar"
