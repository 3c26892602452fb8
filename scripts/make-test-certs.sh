#!/bin/sh
# Makes the certificates the HTTPS tests use (tests/certs/), with the machine's openssl.
# They are committed; run this again only to remake them (every file is replaced).
#
#   ca.pem, ca.key              test CA ("http.client port test CA")
#   localhost.pem, .key         server certificate for localhost, 127.0.0.1, ::1, signed by the CA
#   wrongname.pem, .key         server certificate for wrong.host.example, signed by the CA
#   client.pem, .key            client certificate (clientAuth), signed by the CA
#   client-encrypted.key        client.key encrypted (AES-256) with the passphrase "secret"
#   keycert.pem                 self-signed localhost certificate + key (CPython's CERT_localhost)
#   keycert2.pem                self-signed fakehostname certificate + key (CPython's CERT_fakehostname)
#   selfsigned.pem, .key        another self-signed localhost certificate: the stand-in for
#                               self-signed.pythontest.net (CPython's CERT_selfsigned_pythontestdotnet)
#   rich.pem                    a certificate with every kind of name and extension getpeercert()
#                               reports (multi-valued RDN, SAN kinds, AIA, CRL points); no key kept
#
# Every certificate is valid from 2000-01-01 to 2125-01-01, so that neither a machine
# with a clock behind nor one with a clock ahead rejects them; keys are RSA 2048.
# Extensions follow what OpenSSL's X509_V_FLAG_X509_STRICT wants (key identifiers, key
# usage, SANs), since CPython's create_default_context() verifies with that flag.
set -eu
cd "$(dirname "$0")/../tests/certs"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
START=20000101000000Z
END=21250101000000Z

mkdir "$TMP/newcerts"
: > "$TMP/index.txt"
cat > "$TMP/ca.cnf" <<X
[ ca ]
default_ca = testca
[ testca ]
database = $TMP/index.txt
new_certs_dir = $TMP/newcerts
serial = $TMP/serial
default_md = sha256
policy = policy_any
unique_subject = no
preserve = yes
copy_extensions = none
[ policy_any ]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
emailAddress = optional
domainComponent = optional
serialNumber = optional
X

key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }

# sign NAME SERIAL EXTFILE KEY [-selfsign | -cert CA]: $TMP/NAME.csr -> $TMP/NAME.pem
sign() {
  name=$1 serial=$2 ext=$3 signkey=$4
  shift 4
  echo "$serial" > "$TMP/serial"
  openssl ca -batch -notext -config "$TMP/ca.cnf" -startdate $START -enddate $END \
    -keyfile "$signkey" "$@" -extfile "$ext" -in "$TMP/$name.csr" -out "$TMP/$name.pem" 2>/dev/null
}

# CA
key ca.key
cat > "$TMP/ca.ext" <<'X'
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
X
openssl req -new -key ca.key -subj "/C=XY/O=http.client port/CN=http.client port test CA" -out "$TMP/ca.csr"
sign ca 1000 "$TMP/ca.ext" ca.key -selfsign
cp "$TMP/ca.pem" ca.pem

# leaf certificates signed by the CA: name, subject CN, SAN, extendedKeyUsage, serial
leaf() {
  key "$1.key"
  cat > "$TMP/$1.ext" <<X
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = $4
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
X
  if [ -n "$3" ]; then echo "subjectAltName = $3" >> "$TMP/$1.ext"; fi
  openssl req -new -key "$1.key" -subj "/C=XY/O=http.client port/CN=$2" -out "$TMP/$1.csr"
  sign "$1" "$5" "$TMP/$1.ext" ca.key -cert ca.pem
  cp "$TMP/$1.pem" "$1.pem"
}
leaf localhost localhost "DNS:localhost, IP:127.0.0.1, IP:::1" serverAuth 1001
leaf wrongname wrong.host.example "DNS:wrong.host.example" serverAuth 1002
leaf client "http.client port test client" "" clientAuth 1003
openssl pkey -in client.key -aes256 -passout pass:secret -out client-encrypted.key

# self-signed server certificates: name, CN, SAN, serial
selfsigned() {
  key "$TMP/$1.key"
  cat > "$TMP/$1.ext" <<X
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = $3
X
  openssl req -new -key "$TMP/$1.key" -subj "/C=XY/O=http.client port/CN=$2" -out "$TMP/$1.csr"
  sign "$1" "$4" "$TMP/$1.ext" "$TMP/$1.key" -selfsign
}
selfsigned keycert localhost "DNS:localhost, IP:127.0.0.1, IP:::1" 2001
cat "$TMP/keycert.key" "$TMP/keycert.pem" > keycert.pem
selfsigned keycert2 fakehostname "DNS:fakehostname" 2002
cat "$TMP/keycert2.key" "$TMP/keycert2.pem" > keycert2.pem
selfsigned selfsigned localhost "DNS:localhost, IP:127.0.0.1" 2003
cp "$TMP/selfsigned.key" selfsigned.key
cp "$TMP/selfsigned.pem" selfsigned.pem

# a certificate to decode: every kind of name and extension getpeercert() reports.
# "openssl ca" would split the multi-valued RDN, so this one is made by "openssl req"
# (whose validity starts now).
key "$TMP/rich.key"
cat > "$TMP/rich.cnf" <<'X'
[ req ]
distinguished_name = req_dn
x509_extensions = rich
[ req_dn ]
[ rich ]
subjectAltName = DNS:a.example, DNS:*.b.example, email:me@example.org, URI:https://example.org/x, IP:2001:db8::1, dirName:dir_dn, RID:1.2.3.4
authorityInfoAccess = OCSP;URI:http://ocsp.example.org/, caIssuers;URI:http://ca.example.org/ca.crt
crlDistributionPoints = URI:http://crl.example.org/a.crl, URI:http://crl2.example.org/b.crl
[ dir_dn ]
C = DE
CN = Dir Name
X
openssl req -new -x509 -config "$TMP/rich.cnf" -key "$TMP/rich.key" -multivalue-rdn -set_serial 0x00C0FFEE00 -days 36500 \
  -subj "/C=US/ST=Some-State/L=Town/O=Org, Inc./OU=Unit+OU=Unit2/CN=multi.example/emailAddress=x@y.z/DC=example/serialNumber=42" \
  -out rich.pem

for c in localhost wrongname client; do openssl verify -x509_strict -CAfile ca.pem "$c.pem" >/dev/null; done
for c in keycert keycert2 selfsigned; do openssl verify -x509_strict -CAfile "$c.pem" "$c.pem" >/dev/null; done
echo "certificates written to $(pwd)"
