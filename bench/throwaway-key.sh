#!/usr/bin/env bash
# Prints a MP_JWT_VERIFY_PUBLICKEY_LOCATION value for a fresh key pair made for one benchmark run: the
# packaged service refuses to start without a key of its own (SigningKeyCheck), and benchmarks write nothing.
set -euo pipefail
dir=$(mktemp -d /tmp/roundup-bench-key.XXXX)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null
openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
echo "file:$dir/public.pem"
