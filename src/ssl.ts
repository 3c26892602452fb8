// Ported from CPython 3.14.5 Lib/ssl.py and Modules/_ssl.c (PSF License; see LICENSE).
// Lib/ssl.py (with the parts of Modules/_ssl.c it stands on) over node:tls, as far as
// http.client and its users need it: SSLContext, the context factories, SSLSocket and
// the SSL exceptions, with CPython's attribute rules and error texts.
//
// Differences forced by Node:
// - wrap_socket() and do_handshake() return Promises: the handshake talks to the peer.
// - Verification is OpenSSL's (the one Node bundles), but the verify flags
//   (VERIFY_X509_STRICT, VERIFY_X509_PARTIAL_CHAIN, CRL checks) are recorded and not
//   applied, and post-handshake client authentication does not exist (HAS_PHA is false;
//   post_handshake_auth is kept as a flag, as CPython keeps it).
// - When a certificate has several problems, Node's OpenSSL reports the last one it
//   found and CPython's the first (a lone leaf of an unknown issuer is mapped back).
// - A peer that closes without close_notify reads as EOF: Node does not tell the two
//   apart, so suppress_ragged_eofs=False changes nothing.
// - capath directories are read whole when a connection is made, not looked up by hash.
// - The default verify paths are the file named by SSL_CERT_FILE (else the root store
//   Node bundles, plus NODE_EXTRA_CA_CERTS) and the directory named by SSL_CERT_DIR.
// - Line numbers in messages ("(_ssl.c:1032)"): 1032 is CPython 3.14's for handshake
//   errors; the others could not be checked against 3.14's _ssl.c and come from
//   earlier releases.

import { X509Certificate, createHash, createPrivateKey } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as nodepath from "node:path";
import { Duplex } from "node:stream";
import * as tls from "node:tls";

import {
  AttributeError,
  BaseException,
  NotImplementedError,
  OSError,
  OverflowError,
  TimeoutError,
  TypeError,
  ValueError,
  asBuffer,
  idnaEncode,
  isBytesLike,
  bindKw,
  kwspec,
  pyClassName,
  repr,
  str,
  truthy,
  tuple,
  typeName,
  type KeywordObject,
  type Tuple,
} from "./builtins";
import {
  SOCK_STREAM,
  SOL_SOCKET,
  SO_TYPE,
  _abortScope,
  _onAbort,
  _setHandleRef,
  _withCallerStack,
  errnoError,
  fromNodeError,
  gaierror,
  socket,
  type Address,
} from "./socket";

// ---------------------------------------------------------------------------
// Constants

const OPENSSL_PARTS = (process.versions.openssl ?? "0.0.0").split(/[.+-]/).map((p) => parseInt(p, 10) || 0);

/** The OpenSSL Node was built with ("OpenSSL 3.0.19"). */
export const OPENSSL_VERSION = `OpenSSL ${(process.versions.openssl ?? "").replace(/\+.*$/, "")}`;
export const OPENSSL_VERSION_INFO: Tuple<number> = tuple([OPENSSL_PARTS[0] ?? 0, OPENSSL_PARTS[1] ?? 0, 0, OPENSSL_PARTS[2] ?? 0, 0]);
export const OPENSSL_VERSION_NUMBER = ((OPENSSL_PARTS[0] ?? 0) * 2 ** 28) + ((OPENSSL_PARTS[1] ?? 0) << 20) + ((OPENSSL_PARTS[2] ?? 0) << 4);
export const _DEFAULT_CIPHERS = "@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM";
/** OpenSSL's default TLS 1.3 suites: set_ciphers() only changes TLS 1.2 and older. */
const TLS13_CIPHERSUITES = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

export const HAS_SNI = true;
export const HAS_ECDH = true;
export const HAS_NPN = false;
export const HAS_ALPN = true;
export const HAS_SSLv2 = false;
export const HAS_SSLv3 = false;
export const HAS_TLSv1 = true;
export const HAS_TLSv1_1 = true;
export const HAS_TLSv1_2 = true;
export const HAS_TLSv1_3 = true;
export const HAS_PSK = false;
/** Node's TLS client cannot answer a post-handshake certificate request. */
export const HAS_PHA = false;
export const HAS_NEVER_CHECK_COMMON_NAME = true;
export const CHANNEL_BINDING_TYPES = ["tls-unique"];

export const PROTOCOL_TLS = 2;
export const PROTOCOL_SSLv23 = PROTOCOL_TLS;
export const PROTOCOL_TLSv1 = 3;
export const PROTOCOL_TLSv1_1 = 4;
export const PROTOCOL_TLSv1_2 = 5;
export const PROTOCOL_TLS_CLIENT = 16;
export const PROTOCOL_TLS_SERVER = 17;

export const CERT_NONE = 0;
export const CERT_OPTIONAL = 1;
export const CERT_REQUIRED = 2;
export const VerifyMode = Object.freeze({ CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED });

export const VERIFY_DEFAULT = 0;
export const VERIFY_CRL_CHECK_LEAF = 0x4;
export const VERIFY_CRL_CHECK_CHAIN = 0xc;
export const VERIFY_X509_STRICT = 0x20;
export const VERIFY_ALLOW_PROXY_CERTS = 0x40;
export const VERIFY_X509_TRUSTED_FIRST = 0x8000;
export const VERIFY_X509_PARTIAL_CHAIN = 0x80000;
export const VerifyFlags = Object.freeze({
  VERIFY_DEFAULT,
  VERIFY_CRL_CHECK_LEAF,
  VERIFY_CRL_CHECK_CHAIN,
  VERIFY_X509_STRICT,
  VERIFY_ALLOW_PROXY_CERTS,
  VERIFY_X509_TRUSTED_FIRST,
  VERIFY_X509_PARTIAL_CHAIN,
});

export const OP_NO_SSLv2 = 0;
export const OP_SINGLE_DH_USE = 0;
export const OP_SINGLE_ECDH_USE = 0;
export const OP_IGNORE_UNEXPECTED_EOF = 0x80;
export const OP_NO_TICKET = 0x4000;
export const OP_NO_COMPRESSION = 0x20000;
export const OP_ENABLE_MIDDLEBOX_COMPAT = 0x100000;
export const OP_CIPHER_SERVER_PREFERENCE = 0x400000;
export const OP_NO_SSLv3 = 0x2000000;
export const OP_NO_TLSv1 = 0x4000000;
export const OP_NO_TLSv1_2 = 0x8000000;
export const OP_NO_TLSv1_1 = 0x10000000;
export const OP_NO_TLSv1_3 = 0x20000000;
export const OP_NO_RENEGOTIATION = 0x40000000;
export const OP_ALL = 0x80000050;

export const TLSVersion = Object.freeze({
  MINIMUM_SUPPORTED: -2,
  MAXIMUM_SUPPORTED: -1,
  SSLv3: 0x300,
  TLSv1: 0x301,
  TLSv1_1: 0x302,
  TLSv1_2: 0x303,
  TLSv1_3: 0x304,
});
const NODE_VERSION_NAMES: Record<number, tls.SecureVersion> = {
  0x300: "TLSv1",
  0x301: "TLSv1",
  0x302: "TLSv1.1",
  0x303: "TLSv1.2",
  0x304: "TLSv1.3",
};
const OP_NO_VERSION: Record<number, number> = { 0x301: OP_NO_TLSv1, 0x302: OP_NO_TLSv1_1, 0x303: OP_NO_TLSv1_2, 0x304: OP_NO_TLSv1_3 };

export const SSL_ERROR_SSL = 1;
export const SSL_ERROR_WANT_READ = 2;
export const SSL_ERROR_WANT_WRITE = 3;
export const SSL_ERROR_WANT_X509_LOOKUP = 4;
export const SSL_ERROR_SYSCALL = 5;
export const SSL_ERROR_ZERO_RETURN = 6;
export const SSL_ERROR_WANT_CONNECT = 7;
export const SSL_ERROR_EOF = 8;
export const SSL_ERROR_INVALID_ERROR_CODE = 10;

export const PEM_HEADER = "-----BEGIN CERTIFICATE-----";
export const PEM_FOOTER = "-----END CERTIFICATE-----";

// _ssl.c line numbers that CPython puts into messages (see the header comment).
const LINE_HANDSHAKE = 1032;
const LINE_HANDSHAKE_TIMEOUT = 1011;
const LINE_IO = 2713;
const LINE_CERT_FILE = 3905;
const LINE_CERT_CHAIN = 3926;
const LINE_CADATA = 4020;
const LINE_CAFILE = 4154;

// ---------------------------------------------------------------------------
// Exceptions

/** An error in the SSL implementation; str() is the message CPython formats. */
export class SSLError extends OSError {
  /** OpenSSL's reason name ("CERTIFICATE_VERIFY_FAILED"), or null. */
  reason: string | null = null;
  /** OpenSSL's library name ("SSL", "X509"), or null. */
  library: string | null = null;

  override __str__(): string {
    // _ssl.c's SSLError_str: the strerror when it is a str, else str(args).
    if (typeof this.strerror === "string") return this.strerror;
    return str(tuple(this.args));
  }

  // Extension (OSError.code): errno is an SSL_ERROR_* number, not a system errno. Node
  // names OpenSSL's errors ERR_SSL_<reason>, and verify errors by their X509_V_ERR name.
  protected override _nodeCode(): string | undefined {
    if (this instanceof SSLCertVerificationError && this.verify_code !== null) {
      const code = this.verify_code;
      if (code === 62 || code === 64) return "ERR_TLS_CERT_ALTNAME_INVALID"; // hostname / IP mismatch
      for (const [name, [n]] of Object.entries(VERIFY_ERRORS)) if (n === code) return name;
    }
    return this.reason !== null ? `ERR_SSL_${this.reason}` : undefined;
  }
}
/** SSL/TLS session closed cleanly. */
export class SSLZeroReturnError extends SSLError {}
/** Non-blocking SSL socket needs to read more data. */
export class SSLWantReadError extends SSLError {}
/** Non-blocking SSL socket needs to write more data. */
export class SSLWantWriteError extends SSLError {}
/** System error when attempting SSL operation. */
export class SSLSyscallError extends SSLError {}
/** SSL/TLS connection terminated abruptly. */
export class SSLEOFError extends SSLError {}
/** A certificate could not be verified (also a ValueError, as in CPython). */
export class SSLCertVerificationError extends SSLError {
  verify_code: number | null = null;
  verify_message: string | null = null;
}
BaseException.registerBase(SSLCertVerificationError, ValueError);
export const CertificateError = SSLCertVerificationError;
export const socket_error = OSError;

/**
 * OpenSSL's X509_V_ERR_* codes by name (Node reports verify errors by these names, without
 * the prefix), each with its X509_verify_cert_error_string() text: the verify_message
 * CPython shows. The texts are those of OpenSSL 3.0 (the LTS release CPython builds link
 * against; read from the 3.0.19 libcrypto of the development machine, whose CPython links
 * it too), whichever OpenSSL the running Node bundles (3.0 in Node 20, 3.5 in 22 and 24).
 * They are taken from this table by code, never from Node's message, which later Node
 * releases extend with advice of their own (Node 24: "...; if the root CA is installed
 * locally, try running Node.js with --use-system-ca").
 */
const VERIFY_ERRORS: Record<string, readonly [code: number, message: string]> = {
  UNSPECIFIED: [1, "unspecified certificate verification error"],
  UNABLE_TO_GET_ISSUER_CERT: [2, "unable to get issuer certificate"],
  UNABLE_TO_GET_CRL: [3, "unable to get certificate CRL"],
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: [4, "unable to decrypt certificate's signature"],
  UNABLE_TO_DECRYPT_CRL_SIGNATURE: [5, "unable to decrypt CRL's signature"],
  UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: [6, "unable to decode issuer public key"],
  CERT_SIGNATURE_FAILURE: [7, "certificate signature failure"],
  CRL_SIGNATURE_FAILURE: [8, "CRL signature failure"],
  CERT_NOT_YET_VALID: [9, "certificate is not yet valid"],
  CERT_HAS_EXPIRED: [10, "certificate has expired"],
  CRL_NOT_YET_VALID: [11, "CRL is not yet valid"],
  CRL_HAS_EXPIRED: [12, "CRL has expired"],
  ERROR_IN_CERT_NOT_BEFORE_FIELD: [13, "format error in certificate's notBefore field"],
  ERROR_IN_CERT_NOT_AFTER_FIELD: [14, "format error in certificate's notAfter field"],
  ERROR_IN_CRL_LAST_UPDATE_FIELD: [15, "format error in CRL's lastUpdate field"],
  ERROR_IN_CRL_NEXT_UPDATE_FIELD: [16, "format error in CRL's nextUpdate field"],
  OUT_OF_MEM: [17, "out of memory"],
  DEPTH_ZERO_SELF_SIGNED_CERT: [18, "self-signed certificate"],
  SELF_SIGNED_CERT_IN_CHAIN: [19, "self-signed certificate in certificate chain"],
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: [20, "unable to get local issuer certificate"],
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: [21, "unable to verify the first certificate"],
  CERT_CHAIN_TOO_LONG: [22, "certificate chain too long"],
  CERT_REVOKED: [23, "certificate revoked"],
  NO_ISSUER_PUBLIC_KEY: [24, "issuer certificate doesn't have a public key"],
  PATH_LENGTH_EXCEEDED: [25, "path length constraint exceeded"],
  INVALID_PURPOSE: [26, "unsuitable certificate purpose"],
  CERT_UNTRUSTED: [27, "certificate not trusted"],
  CERT_REJECTED: [28, "certificate rejected"],
  SUBJECT_ISSUER_MISMATCH: [29, "subject issuer mismatch"],
  AKID_SKID_MISMATCH: [30, "authority and subject key identifier mismatch"],
  AKID_ISSUER_SERIAL_MISMATCH: [31, "authority and issuer serial number mismatch"],
  KEYUSAGE_NO_CERTSIGN: [32, "key usage does not include certificate signing"],
  UNABLE_TO_GET_CRL_ISSUER: [33, "unable to get CRL issuer certificate"],
  UNHANDLED_CRITICAL_EXTENSION: [34, "unhandled critical extension"],
  KEYUSAGE_NO_CRL_SIGN: [35, "key usage does not include CRL signing"],
  UNHANDLED_CRITICAL_CRL_EXTENSION: [36, "unhandled critical CRL extension"],
  INVALID_NON_CA: [37, "invalid non-CA certificate (has CA markings)"],
  PROXY_PATH_LENGTH_EXCEEDED: [38, "proxy path length constraint exceeded"],
  KEYUSAGE_NO_DIGITAL_SIGNATURE: [39, "key usage does not include digital signature"],
  PROXY_CERTIFICATES_NOT_ALLOWED: [40, "proxy certificates not allowed, please set the appropriate flag"],
  INVALID_EXTENSION: [41, "invalid or inconsistent certificate extension"],
  INVALID_POLICY_EXTENSION: [42, "invalid or inconsistent certificate policy extension"],
  NO_EXPLICIT_POLICY: [43, "no explicit policy"],
  DIFFERENT_CRL_SCOPE: [44, "different CRL scope"],
  UNSUPPORTED_EXTENSION_FEATURE: [45, "unsupported extension feature"],
  UNNESTED_RESOURCE: [46, "RFC 3779 resource not subset of parent's resources"],
  PERMITTED_VIOLATION: [47, "permitted subtree violation"],
  EXCLUDED_VIOLATION: [48, "excluded subtree violation"],
  SUBTREE_MINMAX: [49, "name constraints minimum and maximum not supported"],
  APPLICATION_VERIFICATION: [50, "application verification failure"],
  UNSUPPORTED_CONSTRAINT_TYPE: [51, "unsupported name constraint type"],
  UNSUPPORTED_CONSTRAINT_SYNTAX: [52, "unsupported or invalid name constraint syntax"],
  UNSUPPORTED_NAME_SYNTAX: [53, "unsupported or invalid name syntax"],
  CRL_PATH_VALIDATION_ERROR: [54, "CRL path validation error"],
  PATH_LOOP: [55, "path loop"],
  SUITE_B_INVALID_VERSION: [56, "Suite B: certificate version invalid"],
  SUITE_B_INVALID_ALGORITHM: [57, "Suite B: invalid public key algorithm"],
  SUITE_B_INVALID_CURVE: [58, "Suite B: invalid ECC curve"],
  SUITE_B_INVALID_SIGNATURE_ALGORITHM: [59, "Suite B: invalid signature algorithm"],
  SUITE_B_LOS_NOT_ALLOWED: [60, "Suite B: curve not allowed for this LOS"],
  SUITE_B_CANNOT_SIGN_P_384_WITH_P_256: [61, "Suite B: cannot sign P-384 with P-256"],
  HOSTNAME_MISMATCH: [62, "hostname mismatch"],
  EMAIL_MISMATCH: [63, "email address mismatch"],
  IP_ADDRESS_MISMATCH: [64, "IP address mismatch"],
  DANE_NO_MATCH: [65, "no matching DANE TLSA records"],
  EE_KEY_TOO_SMALL: [66, "EE certificate key too weak"],
  CA_KEY_TOO_SMALL: [67, "CA certificate key too weak"],
  CA_MD_TOO_WEAK: [68, "CA signature digest algorithm too weak"],
  INVALID_CALL: [69, "invalid certificate verification context"],
  STORE_LOOKUP: [70, "issuer certificate lookup error"],
  NO_VALID_SCTS: [71, "Certificate Transparency required, but no valid SCTs found"],
  PROXY_SUBJECT_NAME_VIOLATION: [72, "proxy subject name violation"],
  OCSP_VERIFY_NEEDED: [73, "OCSP verification needed"],
  OCSP_VERIFY_FAILED: [74, "OCSP verification failed"],
  OCSP_CERT_UNKNOWN: [75, "OCSP unknown cert"],
  UNSUPPORTED_SIGNATURE_ALGORITHM: [76, "Cannot find certificate signature algorithm"],
  SIGNATURE_ALGORITHM_MISMATCH: [77, "subject signature algorithm and issuer public key algorithm mismatch"],
  SIGNATURE_ALGORITHM_INCONSISTENCY: [78, "cert info signature and signature algorithm mismatch"],
  INVALID_CA: [79, "invalid CA certificate"],
  PATHLEN_INVALID_FOR_NON_CA: [80, "Path length invalid for non-CA cert"],
  PATHLEN_WITHOUT_KU_KEY_CERT_SIGN: [81, "Path length given without key usage keyCertSign"],
  KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA: [82, "Key usage keyCertSign invalid for non-CA cert"],
  ISSUER_NAME_EMPTY: [83, "Issuer name empty"],
  SUBJECT_NAME_EMPTY: [84, "Subject name empty"],
  MISSING_AUTHORITY_KEY_IDENTIFIER: [85, "Missing Authority Key Identifier"],
  MISSING_SUBJECT_KEY_IDENTIFIER: [86, "Missing Subject Key Identifier"],
  EMPTY_SUBJECT_ALT_NAME: [87, "Empty Subject Alternative Name extension"],
  EMPTY_SUBJECT_SAN_NOT_CRITICAL: [88, "Subject empty and Subject Alt Name extension not critical"],
  CA_BCONS_NOT_CRITICAL: [89, "Basic Constraints of CA cert not marked critical"],
  AUTHORITY_KEY_IDENTIFIER_CRITICAL: [90, "Authority Key Identifier marked critical"],
  SUBJECT_KEY_IDENTIFIER_CRITICAL: [91, "Subject Key Identifier marked critical"],
  CA_CERT_MISSING_KEY_USAGE: [92, "CA cert does not include key usage extension"],
  EXTENSIONS_REQUIRE_VERSION_3: [93, "Using cert extension requires at least X509v3"],
  EC_KEY_EXPLICIT_PARAMS: [94, "Certificate public key has explicit ECC parameters"],
};

/** OpenSSL's library names (ERR_lib_error_string) to the short names _ssl.c prints. */
const LIB_NAMES: Record<string, string> = {
  "SSL routines": "SSL",
  "X509 certificate routines": "X509",
  "x509 certificate routines": "X509",
  "PEM routines": "PEM",
  "asn1 encoding routines": "ASN1",
  "system library": "SYS",
  "BIO routines": "BIO",
  "digital envelope routines": "EVP",
  "DECODER routines": "OSSL_DECODER",
  "STORE routines": "OSSL_STORE",
  "Provider routines": "PROV",
  "rsa routines": "RSA",
  "elliptic curve routines": "EC",
  "bignum routines": "BN",
  "PKCS12 routines": "PKCS12",
  "X509 V3 routines": "X509V3",
  "configuration file routines": "CONF",
};

/** An SSLError (or subclass) as _ssl.c's fill_and_set_sslerror() builds it. */
function makeSSLError<T extends SSLError>(
  cls: new (...a: unknown[]) => T,
  errno: number,
  library: string | null,
  reason: string | null,
  errstr: string,
  line: number,
  verify?: { code: number; message: string },
): T {
  let msg: string;
  if (verify && reason && library) msg = `[${library}: ${reason}] ${errstr}: ${verify.message} (_ssl.c:${line})`;
  else if (reason && library) msg = `[${library}: ${reason}] ${errstr} (_ssl.c:${line})`;
  else if (library) msg = `[${library}] ${errstr} (_ssl.c:${line})`;
  else msg = `${errstr} (_ssl.c:${line})`;
  const e = new cls(errno, msg);
  e.reason = reason;
  e.library = library;
  if (verify && e instanceof SSLCertVerificationError) {
    e.verify_code = verify.code;
    e.verify_message = verify.message;
  }
  return e;
}

/** "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol" */
function eofError(line = LINE_HANDSHAKE): SSLEOFError {
  return makeSSLError(SSLEOFError, SSL_ERROR_EOF, "SSL", "UNEXPECTED_EOF_WHILE_READING", "EOF occurred in violation of protocol", line);
}

/**
 * The X509_V_ERR_* name (a key of VERIFY_ERRORS) of a certificate verification error Node
 * reported with this code, or null when the code is not one: OpenSSL's own names, and the
 * name check of Node's default checkServerIdentity (ERR_TLS_CERT_ALTNAME_INVALID), which
 * is OpenSSL's host or IP address mismatch.
 */
function nodeVerifyErrorName(code: string, hostname: string | null): string | null {
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    return hostname !== null && net.isIP(hostname) ? "IP_ADDRESS_MISMATCH" : "HOSTNAME_MISMATCH";
  }
  return Object.prototype.hasOwnProperty.call(VERIFY_ERRORS, code) ? code : null;
}

/**
 * Maps an error Node's TLS layer reported to what CPython raises for it: certificate
 * verification failures, OpenSSL errors (with library and reason), an EOF in the middle
 * of the handshake; anything else as socket errors map.
 */
function sslErrorFromNode(err: unknown, hostname: string | null, line = LINE_HANDSHAKE): BaseException {
  if (err instanceof BaseException) return err;
  const e = err as { code?: unknown; message?: unknown; library?: unknown; reason?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : "";
  let name = nodeVerifyErrorName(code, hostname);
  if (name !== null) {
    // Node verifies on and reports the last problem; CPython stops at the first, which
    // for a lone leaf with an unknown issuer is "unable to get local issuer certificate".
    if (name === "UNABLE_TO_VERIFY_LEAF_SIGNATURE") name = "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
    const [verifyCode, verifyString] = VERIFY_ERRORS[name]!;
    // _ssl.c's fill_and_set_sslerror(): the host and IP mismatches name what was asked for.
    let verifyMessage = verifyString;
    if (name === "HOSTNAME_MISMATCH") verifyMessage = `Hostname mismatch, certificate is not valid for '${hostname}'.`;
    else if (name === "IP_ADDRESS_MISMATCH") verifyMessage = `IP address mismatch, certificate is not valid for '${hostname}'.`;
    return makeSSLError(SSLCertVerificationError, SSL_ERROR_SSL, "SSL", "CERTIFICATE_VERIFY_FAILED", "certificate verify failed", line, {
      code: verifyCode,
      message: verifyMessage,
    });
  }
  if (typeof e?.library === "string" && typeof e.reason === "string") {
    const reason = e.reason.toUpperCase().replace(/[ -]/g, "_");
    if (reason === "UNEXPECTED_EOF_WHILE_READING") return eofError(line);
    const library = LIB_NAMES[e.library] ?? e.library.toUpperCase();
    return makeSSLError(SSLError, SSL_ERROR_SSL, library, reason, e.reason, line);
  }
  if (code === "ECONNRESET" && /before secure TLS connection was established/.test(message)) return eofError(line);
  return fromNodeError(err);
}

// ---------------------------------------------------------------------------
// Purpose

/** An ASN.1 object identifier, as ssl._ASN1Object (nid, shortname, longname, oid). */
export class _ASN1Object {
  constructor(
    readonly nid: number,
    readonly shortname: string,
    readonly longname: string,
    readonly oid: string,
  ) {}

  __repr__(): string {
    return `_ASN1Object(nid=${this.nid}, shortname=${repr(this.shortname)}, longname=${repr(this.longname)}, oid=${repr(this.oid)})`;
  }
}

/** A member of the Purpose enum (an _ASN1Object with a name). */
class PurposeMember extends _ASN1Object {
  constructor(
    readonly name: string,
    nid: number,
    shortname: string,
    longname: string,
    oid: string,
  ) {
    super(nid, shortname, longname, oid);
  }

  override __repr__(): string {
    return `<Purpose.${this.name}: ${super.__repr__()}>`;
  }

  __str__(): string {
    return `Purpose.${this.name}`;
  }
}

/** SSLContext purpose flags with X509v3 Extended Key Usage objects. */
export const Purpose = Object.freeze({
  SERVER_AUTH: new PurposeMember("SERVER_AUTH", 129, "serverAuth", "TLS Web Server Authentication", "1.3.6.1.5.5.7.3.1"),
  CLIENT_AUTH: new PurposeMember("CLIENT_AUTH", 130, "clientAuth", "TLS Web Client Authentication", "1.3.6.1.5.5.7.3.2"),
});

// ---------------------------------------------------------------------------
// Certificates: PEM/DER helpers and the dict getpeercert() returns

const PEM_CERT_RE = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([\s\S]*?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g;

/** The DER bytes of every certificate in a PEM text. */
function pemCertificates(text: string): Buffer[] {
  const out: Buffer[] = [];
  for (const m of text.matchAll(PEM_CERT_RE)) out.push(Buffer.from(m[1]!.replace(/\s+/g, ""), "base64"));
  return out;
}

/** Takes a certificate as a DER-encoded blob of bytes and returns it as a PEM string. */
export function DER_cert_to_PEM_cert(der_cert_bytes: Uint8Array): string {
  const f = asBuffer(der_cert_bytes).toString("base64");
  const ss = [PEM_HEADER];
  for (let i = 0; i < f.length; i += 64) ss.push(f.slice(i, i + 64));
  ss.push(PEM_FOOTER + "\n");
  return ss.join("\n");
}

/** Takes a certificate as an ASCII PEM string and returns its DER-encoded bytes. */
export function PEM_cert_to_DER_cert(pem_cert_string: string): Buffer {
  if (!pem_cert_string.startsWith(PEM_HEADER)) throw new ValueError(`Invalid PEM encoding; must start with ${PEM_HEADER}`);
  const s = pem_cert_string.trim();
  if (!s.endsWith(PEM_FOOTER)) throw new ValueError(`Invalid PEM encoding; must end with ${PEM_FOOTER}`);
  return Buffer.from(s.slice(PEM_HEADER.length, -PEM_FOOTER.length).replace(/\s+/g, ""), "base64");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Seconds since the Epoch of a certificate time ("May  9 00:00:00 2007 GMT"). */
export function cert_time_to_seconds(cert_time: string): number {
  const timeFormat = " %d %H:%M:%S %Y GMT";
  const mon = cert_time.slice(0, 3);
  const month = MONTHS.indexOf(mon.charAt(0).toUpperCase() + mon.slice(1).toLowerCase());
  if (month < 0) throw new ValueError(`time data ${repr(cert_time)} does not match format "%b${timeFormat}"`);
  const m = /^ +(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2}) (\d{4}) GMT$/.exec(cert_time.slice(3));
  if (!m) throw new ValueError(`time data ${repr(cert_time.slice(3))} does not match format ${repr(timeFormat)}`);
  return Date.UTC(Number(m[5]), month, Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])) / 1000;
}

interface DerNode {
  tag: number; // the identifier octet
  content: Buffer;
}

/** Reads one DER element at pos; returns it and the offset after it. */
function derRead(buf: Buffer, pos: number): [DerNode, number] {
  if (pos + 2 > buf.length) throw new ValueError("truncated DER");
  const tag = buf[pos]!;
  let len = buf[pos + 1]!;
  let off = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || off + n > buf.length) throw new ValueError("bad DER length");
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[off + i]!;
    off += n;
  }
  if (off + len > buf.length) throw new ValueError("truncated DER");
  return [{ tag, content: buf.subarray(off, off + len) }, off + len];
}

function derChildren(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let pos = 0;
  while (pos < node.content.length) {
    const [child, next] = derRead(node.content, pos);
    out.push(child);
    pos = next;
  }
  return out;
}

function derOid(b: Buffer): string {
  const parts: number[] = [];
  let v = 0;
  for (let i = 0; i < b.length; i++) {
    v = v * 128 + (b[i]! & 0x7f);
    if (!(b[i]! & 0x80)) {
      if (parts.length === 0) parts.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else parts.push(v);
      v = 0;
    }
  }
  return parts.join(".");
}

/** The text of a DER string type, as ASN1_STRING_to_UTF8 gives it. */
function derString(node: DerNode): string {
  const c = node.content;
  switch (node.tag) {
    case 0x0c: // UTF8String
      return c.toString("utf8");
    case 0x1e: {
      // BMPString: UTF-16BE
      const sw = Buffer.from(c);
      return sw.swap16().toString("utf16le");
    }
    case 0x1c: {
      // UniversalString: UTF-32BE
      let s = "";
      for (let i = 0; i + 3 < c.length; i += 4) s += String.fromCodePoint(c.readUInt32BE(i));
      return s;
    }
    default:
      return c.toString("latin1");
  }
}

/** OpenSSL's long names of the attribute types seen in certificate names. */
const OID_NAMES: Record<string, string> = {
  "2.5.4.3": "commonName",
  "2.5.4.4": "surname",
  "2.5.4.5": "serialNumber",
  "2.5.4.6": "countryName",
  "2.5.4.7": "localityName",
  "2.5.4.8": "stateOrProvinceName",
  "2.5.4.9": "streetAddress",
  "2.5.4.10": "organizationName",
  "2.5.4.11": "organizationalUnitName",
  "2.5.4.12": "title",
  "2.5.4.13": "description",
  "2.5.4.15": "businessCategory",
  "2.5.4.17": "postalCode",
  "2.5.4.41": "name",
  "2.5.4.42": "givenName",
  "2.5.4.43": "initials",
  "2.5.4.44": "generationQualifier",
  "2.5.4.46": "dnQualifier",
  "2.5.4.65": "pseudonym",
  "2.5.4.97": "organizationIdentifier",
  "1.2.840.113549.1.9.1": "emailAddress",
  "0.9.2342.19200300.100.1.1": "userId",
  "0.9.2342.19200300.100.1.25": "domainComponent",
  "1.3.6.1.4.1.311.60.2.1.1": "jurisdictionLocalityName",
  "1.3.6.1.4.1.311.60.2.1.2": "jurisdictionStateOrProvinceName",
  "1.3.6.1.4.1.311.60.2.1.3": "jurisdictionCountryName",
};

/** A Name as _ssl.c's _create_tuple_for_X509_NAME: a tuple of RDN tuples of (type, value). */
function derName(node: DerNode): Tuple<Tuple<Tuple<string>>> {
  return tuple(
    derChildren(node).map((rdn) =>
      tuple(
        derChildren(rdn).map((atv) => {
          const [type, value] = derChildren(atv);
          const oid = derOid(type!.content);
          return tuple([OID_NAMES[oid] ?? oid, derString(value!)]);
        }),
      ),
    ),
  );
}

/** A GeneralName as _ssl.c's _get_peer_alt_names() reports it. */
function derGeneralName(node: DerNode): Tuple<unknown> {
  switch (node.tag & 0x1f) {
    case 0:
      return tuple(["othername", "<unsupported>"]);
    case 1:
      return tuple(["email", node.content.toString("latin1")]);
    case 2:
      return tuple(["DNS", node.content.toString("latin1")]);
    case 3:
      return tuple(["X400Name", "<unsupported>"]);
    case 4:
      return tuple(["DirName", derName(derChildren(node)[0]!)]);
    case 5:
      return tuple(["EdiPartyName", "<unsupported>"]);
    case 6:
      return tuple(["URI", node.content.toString("latin1")]);
    case 7: {
      const b = node.content;
      if (b.length === 4) return tuple(["IP Address", Array.from(b).join(".")]);
      if (b.length === 16) {
        const groups: string[] = [];
        for (let i = 0; i < 16; i += 2) groups.push(b.readUInt16BE(i).toString(16).toUpperCase());
        return tuple(["IP Address", groups.join(":")]);
      }
      return tuple(["IP Address", "<invalid>"]);
    }
    case 8:
      return tuple(["Registered ID", derOid(node.content)]);
    default:
      return tuple(["othername", "<unsupported>"]);
  }
}

/** serialNumber as i2a_ASN1_INTEGER prints it: upper-case hex of the magnitude. */
function derSerial(node: DerNode): string {
  let b = node.content;
  if (b.length > 1 && b[0] === 0) b = b.subarray(1);
  return b.toString("hex").toUpperCase() || "00";
}

/** A certificate as the dict getpeercert() / get_ca_certs() return (_ssl.c's _decode_certificate). */
export function _decode_certificate(der: Uint8Array): Record<string, unknown> {
  const buf = asBuffer(der);
  const x509 = new X509Certificate(buf);
  const [cert] = derRead(buf, 0);
  const tbs = derChildren(derChildren(cert)[0]!);
  let i = 0;
  let version = 1;
  if (tbs[0]!.tag === 0xa0) {
    const [v] = derRead(tbs[0]!.content, 0);
    version = (v.content[v.content.length - 1] ?? 0) + 1;
    i = 1;
  }
  const serial = tbs[i]!;
  const issuer = tbs[i + 2]!;
  const subject = tbs[i + 4]!;
  const out: Record<string, unknown> = {
    subject: derName(subject),
    issuer: derName(issuer),
    version,
    serialNumber: derSerial(serial),
    notBefore: x509.validFrom,
    notAfter: x509.validTo,
  };
  const extsNode = tbs.find((n) => n.tag === 0xa3);
  if (extsNode) {
    const exts = new Map<string, DerNode>();
    for (const ext of derChildren(derChildren(extsNode)[0]!)) {
      const parts = derChildren(ext);
      exts.set(derOid(parts[0]!.content), parts[parts.length - 1]!);
    }
    const san = exts.get("2.5.29.17");
    if (san) out.subjectAltName = tuple(derChildren(derRead(san.content, 0)[0]).map(derGeneralName));
    const aia = exts.get("1.3.6.1.5.5.7.1.1");
    if (aia) {
      const ocsp: string[] = [];
      const caIssuers: string[] = [];
      for (const ad of derChildren(derRead(aia.content, 0)[0])) {
        const [method, location] = derChildren(ad);
        if ((location!.tag & 0x1f) !== 6) continue;
        const oid = derOid(method!.content);
        if (oid === "1.3.6.1.5.5.7.48.1") ocsp.push(location!.content.toString("latin1"));
        else if (oid === "1.3.6.1.5.5.7.48.2") caIssuers.push(location!.content.toString("latin1"));
      }
      if (ocsp.length) out.OCSP = tuple(ocsp);
      if (caIssuers.length) out.caIssuers = tuple(caIssuers);
    }
    const cdp = exts.get("2.5.29.31");
    if (cdp) {
      const uris: string[] = [];
      for (const dp of derChildren(derRead(cdp.content, 0)[0])) {
        const dpName = derChildren(dp).find((n) => n.tag === 0xa0);
        const fullName = dpName && derChildren(dpName).find((n) => n.tag === 0xa0);
        for (const gn of fullName ? derChildren(fullName) : []) {
          if ((gn.tag & 0x1f) === 6) uris.push(gn.content.toString("latin1"));
        }
      }
      if (uris.length) out.crlDistributionPoints = tuple(uris);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Default verify paths

function envPath(name: string): string | null {
  const v = process.env[name];
  return v === undefined || v === "" ? null : v;
}

/** Node's bundled root certificates, as DER, parsed once. */
let rootStore: Buffer[] | null = null;

/** Certificates read from files and directories, by path, while they stay unchanged. */
const fileCache = new Map<string, { stamp: string; certs: Buffer[] }>();

function stampOf(p: string): string | null {
  try {
    const st = fs.statSync(p);
    return `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return null;
  }
}

/** The certificates of a PEM file (malformed ones left out), cached while the file is unchanged. */
function certsOfFile(p: string): Buffer[] {
  const stamp = stampOf(p);
  if (stamp === null) return [];
  const hit = fileCache.get(p);
  if (hit && hit.stamp === stamp) return hit.certs;
  let certs: Buffer[] = [];
  try {
    // A structural check only: parsing every certificate of a system bundle would cost
    // more than the rest of a connection.
    certs = pemCertificates(fs.readFileSync(p, "latin1")).filter((der) => {
      try {
        const [node, end] = derRead(der, 0);
        return node.tag === 0x30 && end === der.length;
      } catch {
        return false;
      }
    });
  } catch {
    // unreadable: no certificates
  }
  fileCache.set(p, { stamp, certs });
  return certs;
}

/** The trust anchors set_default_verify_paths() loads: (certificates, directory). */
function defaultVerifySources(): { certs: Buffer[]; capath: string | null } {
  const cafile = envPath("SSL_CERT_FILE");
  let certs: Buffer[];
  if (cafile !== null) {
    // OpenSSL reads the file SSL_CERT_FILE names instead of its default one; a missing
    // file is no error (X509_STORE_set_default_paths).
    certs = certsOfFile(cafile);
  } else {
    rootStore ??= tls.rootCertificates.flatMap((pem) => pemCertificates(pem));
    certs = rootStore;
    const extra = envPath("NODE_EXTRA_CA_CERTS");
    if (extra !== null) certs = certs.concat(certsOfFile(extra));
  }
  return { certs, capath: envPath("SSL_CERT_DIR") };
}

/** The certificates of every file in a directory (capath), cached while it is unchanged. */
function capathCertificates(dir: string): Buffer[] {
  const stamp = stampOf(dir);
  if (stamp === null) return [];
  const key = `dir:${dir}`;
  const hit = fileCache.get(key);
  if (hit && hit.stamp === stamp) return hit.certs;
  const out: Buffer[] = [];
  const seen = new Set<string>();
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).sort();
  } catch {
    // unreadable: nothing
  }
  for (const name of names) {
    const p = nodepath.join(dir, name);
    try {
      if (!fs.statSync(p).isFile()) continue;
    } catch {
      continue;
    }
    for (const der of certsOfFile(p)) {
      const k = der.toString("base64");
      if (!seen.has(k)) {
        seen.add(k);
        out.push(der);
      }
    }
  }
  fileCache.set(key, { stamp, certs: out });
  return out;
}

/** Node secure contexts by a digest of their settings (at most 32, least recently used out). */
const secureContextCache = new Map<string, tls.SecureContext>();

/** PEM text of a DER certificate, kept with the Buffer. */
const pemCache = new WeakMap<Buffer, string>();
function pemOf(der: Buffer): string {
  let pem = pemCache.get(der);
  if (pem === undefined) {
    pem = DER_cert_to_PEM_cert(der);
    pemCache.set(der, pem);
  }
  return pem;
}

// ---------------------------------------------------------------------------
// Argument helpers

/** os.fspath() for the path arguments: str, bytes or an object with __fspath__(). */
function fspath(v: unknown, what: string): string {
  if (typeof v === "string") return v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString("utf8");
  if (v !== null && typeof v === "object" && typeof (v as { __fspath__?: unknown }).__fspath__ === "function") {
    return fspath((v as { __fspath__: () => unknown }).__fspath__(), what);
  }
  throw new TypeError(`${what} should be a valid filesystem path`);
}

/** Reads a file the way _ssl.c's loaders do: a missing file is an OSError from errno. */
function readFile(p: string): Buffer {
  try {
    return fs.readFileSync(p);
  } catch (e) {
    throw fromNodeError(e);
  }
}

/** Python's int argument conversion ("i" format) of a setter. */
function toInt(v: unknown): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" && Number.isInteger(v)) return v;
  throw new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

// ---------------------------------------------------------------------------
// SSLContext

interface TrustedCert {
  der: Buffer;
  ca: boolean | null;
}

// Python's signatures, for keyword arguments given as a trailing object
type Kw = KeywordObject;

const WRAP_SOCKET = kwspec(
  "SSLContext.wrap_socket",
  ["sock", "server_side", "do_handshake_on_connect", "suppress_ragged_eofs", "server_hostname", "session"],
  [undefined, false, true, true, null, null],
);
const LOAD_VERIFY_LOCATIONS = kwspec("SSLContext.load_verify_locations", ["cafile", "capath", "cadata"], [null, null, null]);
const LOAD_CERT_CHAIN = kwspec("SSLContext.load_cert_chain", ["certfile", "keyfile", "password"], [undefined, null, null]);
const GET_CA_CERTS = kwspec("SSLContext.get_ca_certs", ["binary_form"], [false]);
const GETPEERCERT = kwspec("SSLSocket.getpeercert", ["binary_form"], [false]);
const CREATE_DEFAULT_CONTEXT = kwspec("create_default_context", ["purpose", "cafile", "capath", "cadata"], [Purpose.SERVER_AUTH, null, null, null], 1);
const CREATE_UNVERIFIED_CONTEXT = kwspec(
  "_create_unverified_context",
  ["protocol", "cert_reqs", "check_hostname", "purpose", "certfile", "keyfile", "cafile", "capath", "cadata"],
  [null, CERT_NONE, false, Purpose.SERVER_AUTH, null, null, null, null, null],
  1,
);

/** An SSLContext holds various SSL-related configuration options and data. */
export class SSLContext {
  static __module__ = "ssl";
  /** The class wrap_socket() makes (set below, once SSLSocket exists). */
  static sslsocket_class: typeof SSLSocket;

  readonly protocol: number;
  private _check_hostname: boolean;
  private _verify_mode: number;
  private _verify_flags = VERIFY_X509_TRUSTED_FIRST;
  private _options: number;
  private _min_version: number; // 0: MINIMUM_SUPPORTED
  private _max_version: number; // 0: MAXIMUM_SUPPORTED
  private _hostname_checks_common_name = true;
  private _post_handshake_auth = false;
  private _ciphers = _DEFAULT_CIPHERS;
  private _alpn: string[] | null = null;
  private _trusted: TrustedCert[] = [];
  private _trusted_keys = new Set<string>();
  private _capaths: string[] = [];
  private _cert_chain: { cert: string; key: string } | null = null;
  private _keylog_filename: string | null = null;
  private _secure_context: tls.SecureContext | null = null;

  /**
   * SSLContext(protocol): PROTOCOL_TLS_CLIENT verifies certificates and host names,
   * PROTOCOL_TLS_SERVER does not. Further arguments are accepted and ignored, as
   * CPython's SSLContext.__new__ ignores them.
   */
  constructor(protocol: number | null = null, ..._ignored: unknown[]) {
    if (protocol === null || protocol === undefined) {
      // CPython warns (DeprecationWarning) and uses PROTOCOL_TLS.
      protocol = PROTOCOL_TLS;
    }
    const p = toInt(protocol);
    if (![PROTOCOL_TLS, PROTOCOL_TLSv1, PROTOCOL_TLSv1_1, PROTOCOL_TLSv1_2, PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER].includes(p)) {
      throw new ValueError(`invalid or unsupported protocol version ${p}`);
    }
    this.protocol = p;
    if (p === PROTOCOL_TLS_CLIENT) {
      this._check_hostname = true;
      this._verify_mode = CERT_REQUIRED;
    } else {
      this._check_hostname = false;
      this._verify_mode = CERT_NONE;
    }
    this._options = (OP_ALL | OP_NO_SSLv3 | OP_NO_COMPRESSION | OP_CIPHER_SERVER_PREFERENCE | OP_ENABLE_MIDDLEBOX_COMPAT) >>> 0;
    // The fixed-version protocols pin both ends; the others start at TLS 1.2.
    const pinned = { [PROTOCOL_TLSv1]: 0x301, [PROTOCOL_TLSv1_1]: 0x302, [PROTOCOL_TLSv1_2]: 0x303 }[p];
    this._min_version = pinned ?? 0x303;
    this._max_version = pinned ?? 0;
  }

  __repr__(): string {
    return `<ssl.SSLContext object>`;
  }

  private _changed(): void {
    this._secure_context = null;
  }

  /** Whether to match the peer certificate's hostname (setting it True forces CERT_REQUIRED). */
  get check_hostname(): boolean {
    return this._check_hostname;
  }

  set check_hostname(value: unknown) {
    const flag = truthy(value);
    // check_hostname = True sets verify_mode = CERT_REQUIRED
    if (flag && this._verify_mode === CERT_NONE) this._verify_mode = CERT_REQUIRED;
    this._check_hostname = flag;
  }

  /** CERT_NONE, CERT_OPTIONAL or CERT_REQUIRED. */
  get verify_mode(): number {
    return this._verify_mode;
  }

  set verify_mode(value: unknown) {
    const n = toInt(value);
    if (n === CERT_NONE && this._check_hostname) {
      throw new ValueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.");
    }
    if (n !== CERT_NONE && n !== CERT_OPTIONAL && n !== CERT_REQUIRED) throw new ValueError("invalid value for verify_mode");
    this._verify_mode = n;
  }

  /** X509 verification flags (recorded; Node's verifier does not take them). */
  get verify_flags(): number {
    return this._verify_flags;
  }

  set verify_flags(value: unknown) {
    const n = toInt(value);
    if (n < 0) throw new OverflowError("can't convert negative int to unsigned");
    this._verify_flags = n;
  }

  get options(): number {
    return this._options;
  }

  set options(value: unknown) {
    let n = toInt(value);
    // JS bitwise operators give signed 32-bit results: read those as the flags they are.
    if (n < 0 && n >= -(2 ** 31)) n >>>= 0;
    if (n < 0) throw new ValueError("options must be a non-negative integer");
    this._options = n;
    this._changed();
  }

  get minimum_version(): number {
    return this._min_version === 0 ? TLSVersion.MINIMUM_SUPPORTED : this._min_version;
  }

  set minimum_version(value: unknown) {
    this._min_version = this._checkVersion(value, true);
    this._changed();
  }

  get maximum_version(): number {
    return this._max_version === 0 ? TLSVersion.MAXIMUM_SUPPORTED : this._max_version;
  }

  set maximum_version(value: unknown) {
    this._max_version = this._checkVersion(value, false);
    this._changed();
  }

  private _checkVersion(value: unknown, isMin: boolean): number {
    const v = toInt(value);
    if (this.protocol !== PROTOCOL_TLS && this.protocol !== PROTOCOL_TLS_CLIENT && this.protocol !== PROTOCOL_TLS_SERVER) {
      throw new ValueError("The context's protocol doesn't support modification of highest and lowest version.");
    }
    if (v === TLSVersion.MINIMUM_SUPPORTED) return isMin ? 0 : TLSVersion.TLSv1;
    if (v === TLSVersion.MAXIMUM_SUPPORTED) return isMin ? TLSVersion.TLSv1_3 : 0;
    if (![TLSVersion.SSLv3, TLSVersion.TLSv1, TLSVersion.TLSv1_1, TLSVersion.TLSv1_2, TLSVersion.TLSv1_3].includes(v as never)) {
      throw new ValueError(`Unsupported TLS/SSL version 0x${(v >>> 0).toString(16)}`);
    }
    return v;
  }

  /** Whether check_hostname falls back to the subject CN when there is no DNS SAN. */
  get hostname_checks_common_name(): boolean {
    return this._hostname_checks_common_name;
  }

  set hostname_checks_common_name(value: unknown) {
    this._hostname_checks_common_name = truthy(value);
  }

  /** TLS 1.3 post-handshake client authentication (kept as a flag: see HAS_PHA). */
  get post_handshake_auth(): boolean {
    return this._post_handshake_auth;
  }

  set post_handshake_auth(value: unknown) {
    this._post_handshake_auth = truthy(value);
  }

  /** OpenSSL's security level of the default cipher string. */
  get security_level(): number {
    const m = /@SECLEVEL=(\d)/.exec(this._ciphers);
    return m ? Number(m[1]) : 1;
  }

  /** File TLS secrets are appended to (SSLKEYLOGFILE format), or null. */
  get keylog_filename(): string | null {
    return this._keylog_filename;
  }

  set keylog_filename(value: unknown) {
    this._keylog_filename = null;
    if (value === null || value === undefined) return;
    const p = fspath(value, "keylog_filename");
    let fd: number;
    try {
      fd = fs.openSync(p, "a");
    } catch (e) {
      const err = fromNodeError(e);
      if (err instanceof OSError) err.filename = p;
      throw err;
    }
    try {
      // Write a header for empty files, as _ssl.c does.
      if (fs.fstatSync(fd).size === 0) fs.writeSync(fd, "# TLS secrets log file, generated by OpenSSL / Python\n");
    } finally {
      fs.closeSync(fd);
    }
    this._keylog_filename = p;
  }

  /** Sets the TLS 1.2 (and older) cipher list, in OpenSSL cipher list format. */
  set_ciphers(ciphers: unknown): void {
    if (typeof ciphers !== "string") throw new TypeError(`set_ciphers() argument must be str, not ${typeName(ciphers)}`);
    // Node sends names starting with TLS_ to the TLS 1.3 suites; OpenSSL's cipher list ignores them.
    const list = ciphers
      .split(":")
      .filter((c) => c !== "" && !/^TLS_/.test(c))
      .join(":");
    try {
      if (list === "" || /^@SECLEVEL=\d$/.test(list)) throw new Error("no cipher match");
      tls.createSecureContext({ ciphers: list, minVersion: "TLSv1", maxVersion: "TLSv1.2" });
    } catch {
      throw new SSLError("No cipher can be selected.");
    }
    this._ciphers = list;
    this._changed();
  }

  /** Sets the ALPN protocols to offer, most preferred first. */
  set_alpn_protocols(alpn_protocols: Iterable<unknown>): void {
    const protos: string[] = [];
    for (const protocol of alpn_protocols) {
      if (typeof protocol !== "string") throw new TypeError("encoding without a string argument");
      const b = Buffer.from(protocol, "latin1");
      for (let i = 0; i < protocol.length; i++) {
        if (protocol.charCodeAt(i) > 0x7f) throw new ValueError(`'ascii' codec can't encode character in position ${i}`);
      }
      if (b.length === 0 || b.length > 255) throw new SSLError("ALPN protocols must be 1 to 255 in length");
      protos.push(protocol);
    }
    this._alpn = protos;
  }

  /** NPN is gone from OpenSSL; CPython warns and ignores it. */
  set_npn_protocols(_npn_protocols: unknown): void {}

  /**
   * Loads trusted CA certificates: cafile (a PEM file), capath (a directory of PEM
   * files) and/or cadata (PEM text as str, or DER certificates as bytes).
   */
  load_verify_locations(cafile: unknown = null, capath: unknown = null, cadata: unknown = null): void {
    const b = bindKw(arguments, LOAD_VERIFY_LOCATIONS);
    if (b) [cafile, capath, cadata] = b;
    cafile = cafile ?? null;
    capath = capath ?? null;
    cadata = cadata ?? null;
    if (cafile === null && capath === null && cadata === null) {
      throw new TypeError("cafile, capath and cadata cannot be all omitted");
    }
    let cafilePath: string | null = null;
    let capathPath: string | null = null;
    if (cafile !== null) cafilePath = fspath(cafile, "cafile");
    if (capath !== null) capathPath = fspath(capath, "capath");
    if (cadata !== null) {
      if (typeof cadata === "string") {
        if (!/^[\x00-\x7f]*$/.test(cadata)) throw new TypeError("cadata should be an ASCII string or a bytes-like object");
        const certs = pemCertificates(cadata);
        if (certs.length === 0) throw makeSSLError(SSLError, 0, null, null, "no start line: cadata does not contain a certificate", LINE_CADATA);
        for (const der of certs) this._addTrusted(der);
      } else if (isBytesLike(cadata)) {
        const data = asBuffer(cadata);
        const certs: Buffer[] = [];
        let pos = 0;
        try {
          while (pos < data.length) {
            const [, next] = derRead(data, pos);
            const der = data.subarray(pos, next);
            new X509Certificate(der);
            certs.push(Buffer.from(der));
            pos = next;
          }
        } catch {
          if (certs.length === 0) throw makeSSLError(SSLError, 0, null, null, "not enough data: cadata does not contain a certificate", LINE_CADATA);
          throw makeSSLError(SSLError, 0, "ASN1", "NOT_ENOUGH_DATA", "not enough data", LINE_CADATA);
        }
        if (certs.length === 0) throw makeSSLError(SSLError, 0, null, null, "not enough data: cadata does not contain a certificate", LINE_CADATA);
        for (const der of certs) this._addTrusted(der);
      } else {
        throw new TypeError("cadata should be an ASCII string or a bytes-like object");
      }
    }
    if (cafilePath !== null) {
      const text = readFile(cafilePath).toString("latin1");
      const certs = pemCertificates(text);
      if (certs.length === 0) {
        throw makeSSLError(SSLError, 136, "X509", "NO_CERTIFICATE_OR_CRL_FOUND", "no certificate or crl found", LINE_CAFILE);
      }
      for (const der of certs) this._addTrusted(der);
    }
    if (capathPath !== null) {
      this._capaths.push(capathPath);
      this._changed();
    }
  }

  private _addTrusted(der: Buffer, check = true): void {
    const key = der.toString("base64");
    if (this._trusted_keys.has(key)) return; // the X509 store keeps one copy
    try {
      if (check) new X509Certificate(der);
    } catch {
      throw makeSSLError(SSLError, 0, "X509", "NO_CERTIFICATE_OR_CRL_FOUND", "no certificate or crl found", LINE_CAFILE);
    }
    this._trusted_keys.add(key);
    this._trusted.push({ der, ca: null });
    this._changed();
  }

  /** Whether a trusted certificate is a CA (X509_check_ca), computed when first asked. */
  private _isCA(t: TrustedCert): boolean {
    if (t.ca === null) t.ca = new X509Certificate(t.der).ca;
    return t.ca;
  }

  /** Loads the default trust anchors (see set_default_verify_paths()). */
  load_default_certs(purpose: unknown = Purpose.SERVER_AUTH): void {
    if (!(purpose instanceof _ASN1Object)) throw new TypeError(str(purpose));
    this.set_default_verify_paths();
  }

  /**
   * Loads the default trust anchors: the file SSL_CERT_FILE names (else Node's bundled
   * root store and NODE_EXTRA_CA_CERTS) and the directory SSL_CERT_DIR names.
   */
  set_default_verify_paths(): void {
    const { certs, capath } = defaultVerifySources();
    for (const der of certs) {
      try {
        // Entries of the default stores were checked when they were read.
        this._addTrusted(der, false);
      } catch {
        // a bad entry in a default store is skipped
      }
    }
    if (capath !== null) {
      this._capaths.push(capath);
      this._changed();
    }
  }

  /**
   * Loads a certificate chain and its private key (keyfile defaults to certfile).
   * password: str, bytes, or a callable returning one, for an encrypted key.
   */
  load_cert_chain(certfile: unknown, keyfile: unknown = null, password: unknown = null): void {
    const b = bindKw(arguments, LOAD_CERT_CHAIN);
    if (b) [certfile, keyfile, password] = b;
    keyfile = keyfile ?? null;
    password = password ?? null;
    const certPath = fspath(certfile, "certfile");
    const keyPath = keyfile === null ? certPath : fspath(keyfile, "keyfile");
    if (password !== null && typeof password !== "string" && !isBytesLike(password) && typeof password !== "function") {
      throw new TypeError("password should be a string or callable");
    }
    const pemLib = () => makeSSLError(SSLError, 524297, "SSL", null, "PEM lib", LINE_CERT_CHAIN);
    const certText = readFile(certPath).toString("latin1");
    if (pemCertificates(certText).length === 0) throw makeSSLError(SSLError, 524297, "SSL", null, "PEM lib", LINE_CERT_FILE);
    const keyData = readFile(keyPath);
    let passphrase: string | undefined;
    const getPassword = (): string | undefined => {
      if (password === null) return undefined;
      let pw = typeof password === "function" ? (password as () => unknown)() : password;
      if (typeof pw !== "string" && !isBytesLike(pw)) {
        if (typeof password === "function") throw new TypeError("password callback must return a string");
        throw new TypeError("password should be a string or callable");
      }
      const b = typeof pw === "string" ? Buffer.from(pw, "utf8") : asBuffer(pw);
      if (b.length > 1024) throw new ValueError("password cannot be longer than 1024 bytes");
      return b.toString("latin1");
    };
    let keyPem: string;
    try {
      const text = keyData.toString("latin1");
      // OpenSSL asks for the password only when the key is encrypted.
      if (/ENCRYPTED/.test(text)) passphrase = getPassword();
      keyPem = createPrivateKey({ key: keyData, format: "pem", passphrase: passphrase === undefined ? undefined : Buffer.from(passphrase, "latin1") })
        .export({ type: "pkcs8", format: "pem" })
        .toString();
    } catch (e) {
      if (e instanceof BaseException) throw e;
      throw pemLib();
    }
    try {
      tls.createSecureContext({ cert: certText, key: keyPem });
    } catch (e) {
      const reason = (e as { reason?: unknown }).reason;
      if (reason === "key values mismatch") {
        throw makeSSLError(SSLError, 116, "X509", "KEY_VALUES_MISMATCH", "key values mismatch", LINE_CERT_CHAIN);
      }
      throw pemLib();
    }
    this._cert_chain = { cert: certText, key: keyPem };
    this._changed();
  }

  /** {'x509': n, 'crl': 0, 'x509_ca': m}: certificates in the trust store. */
  cert_store_stats(): Record<string, number> {
    return { x509: this._trusted.length, crl: 0, x509_ca: this._trusted.filter((t) => this._isCA(t)).length };
  }

  /** The CA certificates of the trust store, as dicts (or DER bytes with binary_form). */
  get_ca_certs(binary_form: unknown = false): unknown[] {
    const b = bindKw(arguments, GET_CA_CERTS);
    if (b) [binary_form] = b;
    return this._trusted.filter((t) => this._isCA(t)).map((t) => (truthy(binary_form) ? Buffer.from(t.der) : _decode_certificate(t.der)));
  }

  _encode_hostname(hostname: unknown): string | null {
    if (hostname === null || hostname === undefined) return null;
    if (typeof hostname === "string") return idnaEncode(hostname).toString("latin1");
    if (hostname instanceof Uint8Array) {
      const b = Buffer.from(hostname);
      for (let i = 0; i < b.length; i++) {
        if (b[i]! > 0x7f) throw new ValueError(`'ascii' codec can't decode byte 0x${b[i]!.toString(16)} in position ${i}: ordinal not in range(128)`);
      }
      return b.toString("latin1");
    }
    throw new TypeError(`server_hostname must be str or bytes, not ${typeName(hostname)}`);
  }

  /** The TLS versions Node may negotiate: the min/max range less the OP_NO_* options. */
  private _versionRange(): [tls.SecureVersion, tls.SecureVersion] {
    const lo = this._min_version === 0 ? 0x301 : Math.max(this._min_version, 0x301);
    const hi = this._max_version === 0 ? 0x304 : this._max_version;
    let first = 0;
    let last = 0;
    for (let v = lo; v <= hi; v++) {
      if (this._options & (OP_NO_VERSION[v] ?? 0)) {
        if (first) break; // versions must be contiguous
        continue;
      }
      if (!first) first = v;
      last = v;
    }
    if (!first) {
      // Nothing left: OpenSSL fails the handshake with "no protocols available".
      throw makeSSLError(SSLError, SSL_ERROR_SSL, "SSL", "NO_PROTOCOLS_AVAILABLE", "no protocols available", LINE_HANDSHAKE);
    }
    return [NODE_VERSION_NAMES[first]!, NODE_VERSION_NAMES[last]!];
  }

  /** The Node secure context for these settings (looked up again after a change). */
  _get_secure_context(): tls.SecureContext {
    if (this._secure_context) return this._secure_context;
    const ca = this._trusted.map((t) => t.der);
    for (const dir of this._capaths) {
      for (const der of capathCertificates(dir)) if (!this._trusted_keys.has(der.toString("base64"))) ca.push(der);
    }
    const [minVersion, maxVersion] = this._versionRange();
    const ciphers = `${TLS13_CIPHERSUITES}:${this._ciphers}`;
    const honorCipherOrder = (this._options & OP_CIPHER_SERVER_PREFERENCE) !== 0;
    // Contexts with the same settings share one Node secure context: building one with
    // a full root store costs tens of milliseconds, and each HTTPSConnection makes a
    // new default context.
    const h = createHash("sha256");
    h.update(JSON.stringify([ciphers, minVersion, maxVersion, honorCipherOrder, this._cert_chain]));
    for (const der of ca) h.update(der);
    const key = h.digest("base64");
    let sc = secureContextCache.get(key);
    if (sc === undefined) {
      const opts: tls.SecureContextOptions = {
        // An empty list trusts nothing, as an X509 store without certificates does.
        ca: ca.map(pemOf),
        ciphers,
        minVersion,
        maxVersion,
        honorCipherOrder,
      };
      if (this._cert_chain) {
        opts.cert = this._cert_chain.cert;
        opts.key = this._cert_chain.key;
      }
      sc = tls.createSecureContext(opts);
      if (secureContextCache.size >= 32) secureContextCache.delete(secureContextCache.keys().next().value!);
    } else {
      secureContextCache.delete(key); // most recently used last
    }
    secureContextCache.set(key, sc);
    this._secure_context = sc;
    return sc;
  }

  _alpn_protocols(): string[] | undefined {
    return this._alpn && this._alpn.length ? this._alpn.slice() : undefined;
  }

  /**
   * Wraps a connected (or not yet connected) socket: wrap_socket(sock,
   * server_side=False, do_handshake_on_connect=True, suppress_ragged_eofs=True,
   * server_hostname=None, session=None), also with the keywords as a trailing object.
   * Resolves once the handshake is done (when do_handshake_on_connect).
   */
  async wrap_socket(sock: socket, ...args: unknown[]): Promise<SSLSocket> {
    const b = bindKw([sock, ...args], WRAP_SOCKET);
    const [, server_side, do_handshake_on_connect, suppress_ragged_eofs, server_hostname, session] = b ?? [
      sock,
      ...WRAP_SOCKET.defaults.slice(1).map((d, i) => (args.length > i && args[i] !== undefined ? args[i] : d)),
    ];
    return (this.constructor as typeof SSLContext).sslsocket_class._create(
      sock,
      truthy(server_side),
      truthy(do_handshake_on_connect),
      truthy(suppress_ragged_eofs),
      server_hostname,
      this,
      session,
    );
  }

  wrapSocket(sock: socket, ...args: unknown[]): Promise<SSLSocket> {
    return this.wrap_socket(sock, ...args);
  }

  wrap_bio(..._args: unknown[]): never {
    throw new NotImplementedError("wrap_bio() is not available: Node's TLS works on sockets");
  }

  // camelCase aliases
  get checkHostname(): boolean { return this.check_hostname; }
  set checkHostname(v: unknown) { this.check_hostname = v; }
  get verifyMode(): number { return this.verify_mode; }
  set verifyMode(v: unknown) { this.verify_mode = v; }
  get verifyFlags(): number { return this.verify_flags; }
  set verifyFlags(v: unknown) { this.verify_flags = v; }
  get minimumVersion(): number { return this.minimum_version; }
  set minimumVersion(v: unknown) { this.minimum_version = v; }
  get maximumVersion(): number { return this.maximum_version; }
  set maximumVersion(v: unknown) { this.maximum_version = v; }
  get postHandshakeAuth(): boolean { return this.post_handshake_auth; }
  set postHandshakeAuth(v: unknown) { this.post_handshake_auth = v; }
  get hostnameChecksCommonName(): boolean { return this.hostname_checks_common_name; }
  set hostnameChecksCommonName(v: unknown) { this.hostname_checks_common_name = v; }
  get keylogFilename(): string | null { return this.keylog_filename; }
  set keylogFilename(v: unknown) { this.keylog_filename = v; }
  setCiphers(ciphers: unknown): void { this.set_ciphers(ciphers); }
  setAlpnProtocols(alpn_protocols: Iterable<unknown>): void { this.set_alpn_protocols(alpn_protocols); }
  loadVerifyLocations(cafile: unknown = null, capath: unknown = null, cadata: unknown = null): void { this.load_verify_locations(cafile, capath, cadata); }
  loadCertChain(certfile: unknown, keyfile: unknown = null, password: unknown = null): void { this.load_cert_chain(certfile, keyfile, password); }
  loadDefaultCerts(purpose: unknown = Purpose.SERVER_AUTH): void { this.load_default_certs(purpose); }
  setDefaultVerifyPaths(): void { this.set_default_verify_paths(); }
  certStoreStats(): Record<string, number> { return this.cert_store_stats(); }
  getCaCerts(binary_form: unknown = false): unknown[] { return this.get_ca_certs(binary_form); }
  get securityLevel(): number { return this.security_level; }
}

// ---------------------------------------------------------------------------
// Context factories

/**
 * Creates an SSLContext with secure default settings: for SERVER_AUTH a client context
 * that verifies certificates and host names against cafile/capath/cadata, or the
 * default trust anchors when none is given.
 */
export function create_default_context(purpose: unknown = Purpose.SERVER_AUTH, kwds?: Kw): SSLContext {
  let cafile: unknown = null;
  let capath: unknown = null;
  let cadata: unknown = null;
  // kwds is read through `arguments` by bindKw
  const b = bindKw(arguments, CREATE_DEFAULT_CONTEXT);
  if (b) [purpose, cafile, capath, cadata] = b;
  else if (arguments.length > 1) throw new TypeError(`create_default_context() takes from 0 to 1 positional arguments but ${arguments.length} were given`);
  void kwds;
  if (!(purpose instanceof _ASN1Object)) throw new TypeError(str(purpose));

  let context: SSLContext;
  if (purpose === Purpose.SERVER_AUTH) {
    // verify certs and host name in client mode
    context = new SSLContext(PROTOCOL_TLS_CLIENT);
    context.verify_mode = CERT_REQUIRED;
    context.check_hostname = true;
  } else if (purpose === Purpose.CLIENT_AUTH) {
    context = new SSLContext(PROTOCOL_TLS_SERVER);
  } else {
    throw new ValueError(str(purpose));
  }

  context.verify_flags = context.verify_flags | VERIFY_X509_PARTIAL_CHAIN | VERIFY_X509_STRICT;

  if (truthy(cafile) || truthy(capath) || truthy(cadata)) {
    context.load_verify_locations(cafile, capath, cadata);
  } else if (context.verify_mode !== CERT_NONE) {
    // no explicit cafile, capath or cadata but the verify mode is CERT_OPTIONAL or
    // CERT_REQUIRED: load the default root CA certificates.
    context.load_default_certs(purpose);
  }
  const keylogfile = process.env.SSLKEYLOGFILE;
  if (keylogfile) context.keylog_filename = keylogfile;
  return context;
}

/**
 * Creates an SSLContext for stdlib modules: by default it neither verifies certificates
 * nor host names (cert_reqs=CERT_NONE, check_hostname=False).
 */
export function _create_unverified_context(protocol: unknown = null, kwds?: Kw): SSLContext {
  let cert_reqs: unknown = CERT_NONE;
  let check_hostname: unknown = false;
  let purpose: unknown = Purpose.SERVER_AUTH;
  let certfile: unknown = null;
  let keyfile: unknown = null;
  let cafile: unknown = null;
  let capath: unknown = null;
  let cadata: unknown = null;
  // kwds is read through `arguments` by bindKw
  const b = bindKw(arguments, CREATE_UNVERIFIED_CONTEXT);
  if (b) [protocol, cert_reqs, check_hostname, purpose, certfile, keyfile, cafile, capath, cadata] = b;
  else if (arguments.length > 1) throw new TypeError(`_create_unverified_context() takes from 0 to 1 positional arguments but ${arguments.length} were given`);
  void kwds;
  protocol = protocol ?? null;
  if (!(purpose instanceof _ASN1Object)) throw new TypeError(str(purpose));

  if (purpose === Purpose.SERVER_AUTH) {
    if (protocol === null) protocol = PROTOCOL_TLS_CLIENT;
  } else if (purpose === Purpose.CLIENT_AUTH) {
    if (protocol === null) protocol = PROTOCOL_TLS_SERVER;
  } else {
    throw new ValueError(str(purpose));
  }

  const context = new SSLContext(protocol as number);
  context.check_hostname = check_hostname;
  if (cert_reqs !== null && cert_reqs !== undefined) context.verify_mode = cert_reqs;

  if (truthy(keyfile) && !truthy(certfile)) throw new ValueError("certfile must be specified");
  if (truthy(certfile) || truthy(keyfile)) context.load_cert_chain(certfile, keyfile);

  if (truthy(cafile) || truthy(capath) || truthy(cadata)) {
    context.load_verify_locations(cafile, capath, cadata);
  } else if (context.verify_mode !== CERT_NONE) {
    context.load_default_certs(purpose);
  }
  const keylogfile = process.env.SSLKEYLOGFILE;
  if (keylogfile) context.keylog_filename = keylogfile;
  return context;
}

// Used by http.client (and urllib) for HTTPS connections; may be replaced, as in
// Python (ssl._create_default_https_context = ssl._create_unverified_context).
export let _create_default_https_context: (...args: never[]) => SSLContext = create_default_context;
// Used by other stdlib modules for connections without certificate verification.
export let _create_stdlib_context: (...args: never[]) => SSLContext = _create_unverified_context;

export { create_default_context as createDefaultContext };

// ---------------------------------------------------------------------------
// SSLSocket

/** The TLS state of an SSLSocket (what _ssl._SSLSocket holds in CPython). */
class _SSLObject {
  tls: tls.TLSSocket | null = null;
  raw: net.Socket | null = null;
  done = false;
  failed: BaseException | null = null;
  pending: Promise<void> | null = null;
  // Captured when the object is made, as SSL_new() copies them from the context.
  readonly verify_mode: number;
  readonly check_hostname: boolean;
  readonly checks_common_name: boolean;

  constructor(
    public context: SSLContext,
    readonly server_side: boolean,
    readonly server_hostname: string | null,
  ) {
    if (server_hostname !== null && (server_hostname === "" || server_hostname.startsWith("."))) {
      throw new ValueError("server_hostname cannot be an empty string or start with a leading dot.");
    }
    this.verify_mode = context.verify_mode;
    this.check_hostname = context.check_hostname;
    this.checks_common_name = context.hostname_checks_common_name;
  }
}

/** The Node stream TLS should run over: the socket itself, or a relay when data is queued. */
function tlsTransport(raw: net.Socket): Duplex {
  const state = raw as unknown as { readableLength: number; readableEnded: boolean; _readableState?: { ended?: boolean } };
  const ended = state.readableEnded || state._readableState?.ended === true;
  if (state.readableLength === 0 && !ended) return raw; // TLS takes the descriptor over directly
  // Bytes already read from the descriptor (or its EOF) must reach TLS first: relay the
  // stream through a Duplex, which Node's TLS reads through its stream interface.
  const pending: Buffer[] = [];
  for (let c = raw.read() as Buffer | null; c !== null; c = raw.read() as Buffer | null) pending.push(c);
  const relay = new Duplex({
    read() {
      if (!ended) raw.resume();
    },
    write(chunk: Buffer, _enc, cb) {
      raw.write(chunk, cb);
    },
    final(cb) {
      raw.end();
      cb();
    },
    destroy(err, cb) {
      raw.destroy();
      cb(err);
    },
  });
  for (const c of pending) relay.push(c);
  if (ended) relay.push(null);
  else {
    raw.on("data", (c: Buffer) => {
      if (!relay.push(c)) raw.pause();
    });
    raw.on("end", () => relay.push(null));
  }
  raw.on("error", (e) => relay.destroy(e));
  raw.on("close", () => relay.destroy());
  return relay;
}

/** Node's checkServerIdentity with OpenSSL's X509_check_host/_ip, as check_hostname does. */
function checkIdentity(hostname: string, der: Buffer, checkCommonName: boolean): Error | undefined {
  const x509 = new X509Certificate(der);
  if (net.isIP(hostname)) {
    if (x509.checkIP(hostname) !== undefined) return undefined;
    return Object.assign(new Error("IP address mismatch"), { code: "IP_ADDRESS_MISMATCH" });
  }
  // CPython sets X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS (and NEVER_CHECK_SUBJECT when
  // hostname_checks_common_name is off).
  const ok = x509.checkHost(hostname, {
    subject: checkCommonName ? "default" : "never",
    wildcards: true,
    partialWildcards: false,
    multiLabelWildcards: false,
    singleLabelSubdomains: false,
  });
  if (ok !== undefined) return undefined;
  return Object.assign(new Error("hostname mismatch"), { code: "HOSTNAME_MISMATCH" });
}

/** Secret bits of a cipher, as SSL_CIPHER_get_bits() gives them, from its name. */
function cipherBits(name: string): number {
  if (/NULL/.test(name)) return 0;
  if (/CHACHA20|AES_?256|AES256|CAMELLIA_?256|ARIA_?256/.test(name)) return 256;
  if (/AES_?128|AES128|CAMELLIA_?128|ARIA_?128|SEED|IDEA/.test(name)) return 128;
  if (/3DES|DES_?CBC3|DES-CBC3/.test(name)) return 112;
  return 0;
}

/** Marks the one constructor call that wrap_socket() makes. */
const CREATE = Symbol("SSLSocket._create");

type FdClosed = { _fdClosed: boolean };

/**
 * A socket with TLS on top: what SSLContext.wrap_socket() returns. It is a socket of
 * the port (sendall, recv, recv_into, makefile, close, fileno, ...) whose data is the
 * decrypted stream, plus the TLS details (getpeercert, version, cipher, ...).
 */
export class SSLSocket extends socket {
  static override __module__ = "ssl";

  _context!: SSLContext;
  _session: unknown = null;
  _sslobj: _SSLObject | null = null;
  server_side = false;
  server_hostname: string | null = null;
  do_handshake_on_connect = true;
  suppress_ragged_eofs = true;
  _connected = false;

  constructor(...args: unknown[]) {
    if (args[0] !== CREATE) {
      throw new TypeError(`${new.target.name} does not have a public constructor. Instances are returned by SSLContext.wrap_socket().`);
    }
    super(args[1] as number, args[2] as number, args[3] as number, (args[4] as net.Socket | null) ?? null);
  }

  /** What wrap_socket() runs: takes sock's connection over and does the handshake. */
  static async _create(
    sock: socket,
    server_side = false,
    do_handshake_on_connect = true,
    suppress_ragged_eofs = true,
    server_hostname: unknown = null,
    context: SSLContext | null = null,
    session: unknown = null,
  ): Promise<SSLSocket> {
    if (context === null) throw new TypeError("context is required");
    if (sock.getsockopt(SOL_SOCKET, SO_TYPE) !== SOCK_STREAM) throw new NotImplementedError("only stream sockets are supported");
    if (server_side) {
      if (truthy(server_hostname)) throw new ValueError("server_hostname can only be specified in client mode");
      if (session !== null && session !== undefined) throw new ValueError("session can only be specified in client mode");
    }
    if (context.check_hostname && !truthy(server_hostname)) throw new ValueError("check_hostname requires server_hostname");
    if (session !== null && session !== undefined) throw new NotImplementedError("TLS sessions are not supported by this port");

    const sock_timeout = sock.gettimeout();
    const { family, type, proto } = sock;
    const bound = (sock as unknown as { _bound: unknown })._bound;
    const nsock = sock._detach();
    // Now the SSLSocket is responsible for closing the connection.
    const self = new this(CREATE, family, type, proto, nsock);
    if (nsock === null) (self as unknown as { _bound: unknown })._bound = bound;
    try {
      self._context = context;
      self._session = session;
      self._sslobj = null;
      self.server_side = server_side;
      self.server_hostname = context._encode_hostname(server_hostname);
      self.do_handshake_on_connect = do_handshake_on_connect;
      self.suppress_ragged_eofs = suppress_ragged_eofs;

      // See if we are connected
      let connected = true;
      try {
        self.getpeername();
      } catch (e) {
        if (!(e instanceof OSError) || e.errno !== 107) throw e;
        connected = false;
      }
      self.settimeout(sock_timeout);
      self._connected = connected;
      if (connected) {
        // create the SSL object
        self._sslobj = new _SSLObject(context, server_side, self.server_hostname);
        if (do_handshake_on_connect) {
          if (self.gettimeout() === 0) {
            throw new ValueError("do_handshake_on_connect should not be specified for non-blocking sockets");
          }
          await self.do_handshake();
        }
      }
    } catch (e) {
      try {
        self.close();
      } catch (e2) {
        if (!(e2 instanceof OSError)) throw e2;
      }
      throw e;
    }
    return self;
  }

  get context(): SSLContext {
    return this._context;
  }

  set context(ctx: SSLContext) {
    if (!(ctx instanceof SSLContext)) throw new TypeError("The value must be a SSLContext");
    this._context = ctx;
    if (this._sslobj) this._sslobj.context = ctx;
  }

  get session(): unknown {
    return this._session;
  }

  get session_reused(): boolean | null {
    const t = this._sslobj?.tls;
    return t ? t.isSessionReused() : null;
  }

  /** Can't dup() an SSLSocket (as in CPython). */
  dup(): never {
    throw new NotImplementedError(`Can't dup() ${pyClassName(this)} instances`);
  }

  _checkClosed(_msg: string | null = null): void {
    // raise an exception here if you wish to check for spurious closes
  }

  _check_connected(): void {
    if (!this._connected) {
      // getpeername() will raise ENOTCONN if the socket is really not connected;
      // note that we can be connected even without _connected being set, e.g. if
      // connect() first returned EAGAIN.
      this.getpeername();
    }
  }

  private _classRepr(): string {
    return `<class 'ssl.${pyClassName(this)}'>`;
  }

  /** Runs the TLS handshake over the plain connection this socket holds. */
  private async _handshake(obj: _SSLObject): Promise<void> {
    if (obj.done) return;
    if (obj.failed) throw obj.failed;
    if (obj.pending) {
      // Another call runs it: share its outcome.
      await obj.pending;
      if (obj.failed) throw obj.failed;
      return;
    }
    let finished!: () => void;
    obj.pending = new Promise<void>((resolve) => (finished = resolve));
    try {
      // Awaited here (not chained) so that errors made in it have the caller's async stack.
      await this._runHandshake(obj);
      obj.done = true;
    } catch (e) {
      if (this._aborted) throw e; // _abort()'s reason, exactly as given
      obj.failed = e instanceof BaseException ? e : fromNodeError(e);
      throw obj.failed;
    } finally {
      obj.pending = null;
      finished();
    }
  }

  private async _runHandshake(obj: _SSLObject): Promise<void> {
    // Extension: an AbortSignal in _abortScope (see socket.ts) cancels the handshake.
    const signal = _abortScope.getStore();
    if (signal?.aborted) {
      this._abort(signal.reason);
      throw signal.reason;
    }
    const ctx = obj.context;
    const secureContext = ctx._get_secure_context();
    // Take the plain Node socket back from the socket machinery; it stays open.
    const raw = super._detach();
    this._closed = false;
    if (raw === null) {
      throw errnoError("ENOTCONN");
    }
    obj.raw = raw;
    const transport = tlsTransport(raw);
    const hostname = obj.server_hostname;
    let tsock: tls.TLSSocket;
    if (!obj.server_side) {
      tsock = tls.connect({
        socket: transport,
        secureContext,
        // Only send SNI for non-IP hostnames
        servername: hostname !== null && !net.isIP(hostname) ? hostname : undefined,
        ALPNProtocols: ctx._alpn_protocols(),
        // For a client CERT_OPTIONAL is CERT_REQUIRED: the server always sends a certificate.
        rejectUnauthorized: obj.verify_mode !== CERT_NONE,
        checkServerIdentity: (_host: string, cert: { raw: Buffer }) =>
          obj.check_hostname && hostname !== null ? checkIdentity(hostname, cert.raw, obj.checks_common_name) : undefined,
      });
    } else {
      tsock = new tls.TLSSocket(transport, {
        isServer: true,
        secureContext,
        requestCert: obj.verify_mode !== CERT_NONE,
        rejectUnauthorized: obj.verify_mode === CERT_REQUIRED,
        ALPNProtocols: ctx._alpn_protocols(),
      });
    }
    obj.tls = tsock;
    tsock.once("close", () => raw.destroy());
    const keylog = ctx.keylog_filename;
    if (keylog !== null) {
      tsock.on("keylog", (line: Buffer) => {
        try {
          fs.appendFileSync(keylog, line);
        } catch {
          // OpenSSL's keylog callback ignores write errors too
        }
      });
    }
    const timeout = this._timeout;
    // The handshake is a pending operation: it keeps the process alive while it runs,
    // and close() or _abort() (or the signal) end it at once.
    let settle: ((failure: () => unknown) => void) | undefined;
    const forgetAbort = signal === undefined ? undefined : _onAbort(signal, () => this._abort(signal.reason));
    this._opStart();
    try {
      // The outcome is a thunk, called here: the exception then has the caller's async stack.
      const failure = await new Promise<(() => unknown) | undefined>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const done = (f?: () => unknown) => {
          if (timer !== undefined) clearTimeout(timer);
          tsock.removeListener(obj.server_side ? "secure" : "secureConnect", onSecure);
          tsock.removeListener("error", onError);
          tsock.removeListener("close", onClose);
          if (settle !== undefined) this._ops.delete(settle);
          resolve(f);
        };
        const onSecure = () => done();
        const onError = (err: unknown) => done(() => sslErrorFromNode(err, hostname));
        const onClose = () => done(eofError);
        tsock.once(obj.server_side ? "secure" : "secureConnect", onSecure);
        tsock.once("error", onError);
        tsock.once("close", onClose);
        settle = done;
        this._ops.add(settle);
        if (timeout !== null && timeout > 0) {
          timer = setTimeout(() => done(() => new TimeoutError(`_ssl.c:${LINE_HANDSHAKE_TIMEOUT}: The handshake operation timed out`)), timeout * 1000);
        }
      });
      if (failure !== undefined) throw _withCallerStack(failure);
    } catch (e) {
      tsock.on("error", () => undefined); // late errors of a dead connection
      tsock.destroy();
      raw.destroy();
      // The connection is gone; the socket object stays open, as in CPython.
      (this as unknown as FdClosed)._fdClosed = true;
      this._opEnd();
      throw e;
    } finally {
      forgetAbort?.();
    }
    // Errors TLS reports later (alerts, bad records) become SSLErrors too.
    const emit = tsock.emit;
    tsock.emit = function (this: tls.TLSSocket, ev: string | symbol, ...args: unknown[]): boolean {
      if (ev === "error") {
        const e = args[0] as { library?: unknown; code?: unknown } | null;
        if (e && (typeof e.library === "string" || (typeof e.code === "string" && nodeVerifyErrorName(e.code, hostname) !== null))) {
          args[0] = sslErrorFromNode(e, hostname, LINE_IO);
        }
      }
      return Reflect.apply(emit, this, [ev, ...args]) as boolean;
    } as typeof tsock.emit;
    (this as unknown as FdClosed)._fdClosed = false;
    this._attach(tsock);
    this._opEnd();
  }

  /** Starts (or continues) the TLS handshake; resolves when it is done. */
  async do_handshake(block: boolean = false): Promise<void> {
    this._check_connected();
    const obj = this._sslobj;
    if (obj === null) throw new AttributeError("'NoneType' object has no attribute 'do_handshake'");
    const timeout = this._timeout;
    if (timeout === 0 && !block) {
      // Non-blocking: the handshake goes on; until it is done, OpenSSL wants to read.
      const p = this._handshake(obj);
      p.catch(() => undefined);
      if (obj.failed) throw obj.failed;
      if (!obj.done) throw makeSSLError(SSLWantReadError, SSL_ERROR_WANT_READ, null, null, "The operation did not complete (read)", LINE_HANDSHAKE);
      return;
    }
    await this._handshake(obj);
  }

  async doHandshake(block: boolean = false): Promise<void> {
    return this.do_handshake(block);
  }

  private async _real_connect(addr: Address, connect_ex: boolean): Promise<number | null> {
    if (this.server_side) throw new ValueError("can't connect in server-side mode");
    // Here we assume that the socket is client-side, and not connected at the time
    // of the call. We connect it, then wrap it.
    if (this._connected || this._sslobj !== null) throw new ValueError("attempt to connect already-connected SSLSocket!");
    this._sslobj = new _SSLObject(this._context, false, this.server_hostname);
    try {
      let rc: number | null = null;
      if (connect_ex) {
        try {
          await super.connect(addr);
          rc = 0;
        } catch (e) {
          if (e instanceof OSError && !(e instanceof gaierror) && e.errno !== null) rc = e.errno;
          else throw e;
        }
      } else {
        await super.connect(addr);
      }
      if (!rc) {
        this._connected = true;
        if (this.do_handshake_on_connect) await this.do_handshake();
      }
      return rc;
    } catch (e) {
      if (e instanceof OSError || e instanceof ValueError) this._sslobj = null;
      throw e;
    }
  }

  /** Connects to a TCP service, then does the handshake (do_handshake_on_connect). */
  override async connect(addr: Address): Promise<void> {
    await this._real_connect(addr, false);
  }

  override async connect_ex(addr: Address): Promise<number> {
    return (await this._real_connect(addr, true)) ?? 0;
  }

  /** Read up to len bytes (into buffer when given); b"" (0) at EOF. */
  async read(len: number = 1024, buffer: Uint8Array | null = null): Promise<Buffer | number> {
    this._checkClosed();
    const obj = this._sslobj;
    if (obj === null) throw new ValueError("Read on closed or unwrapped SSL socket.");
    try {
      if (buffer === null && len < 0) throw new ValueError("size should not be negative");
      if (!obj.done) await this._handshake(obj); // no await when done: the read is pending at once
      if (buffer !== null) {
        const n = len <= 0 || len > buffer.length ? buffer.length : len;
        if (n === 0) return 0;
        return await super.recv_into(buffer, n);
      }
      if (len === 0) return Buffer.alloc(0);
      return await super.recv(len);
    } catch (e) {
      if (e instanceof SSLError && e.args[0] === SSL_ERROR_EOF && this.suppress_ragged_eofs) {
        return buffer !== null ? 0 : Buffer.alloc(0);
      }
      if (e instanceof TimeoutError && e.errno === null) throw _withCallerStack(() => new TimeoutError("The read operation timed out"));
      throw e;
    }
  }

  /** Write data to the TLS connection; returns the number of bytes written. */
  async write(data: unknown): Promise<number> {
    this._checkClosed();
    const obj = this._sslobj;
    if (obj === null) throw new ValueError("Write on closed or unwrapped SSL socket.");
    if (!obj.done) await this._handshake(obj); // no await when done: the write starts at once
    try {
      return await super.send(data);
    } catch (e) {
      if (e instanceof TimeoutError && e.errno === null) throw _withCallerStack(() => new TimeoutError("The write operation timed out"));
      throw e;
    }
  }

  /** The peer's certificate: a dict (empty when not verified), DER bytes, or null. */
  getpeercert(binary_form: unknown = false): Record<string, unknown> | Buffer | null {
    const b = bindKw(arguments, GETPEERCERT);
    if (b) [binary_form] = b;
    this._checkClosed();
    this._check_connected();
    const obj = this._sslobj;
    if (obj === null || !obj.done || obj.tls === null) throw new ValueError("handshake not done yet");
    const cert = obj.tls.getPeerCertificate(true) as { raw?: Buffer } | null;
    if (!cert || !cert.raw) return null;
    if (truthy(binary_form)) return Buffer.from(cert.raw);
    if (this._context.verify_mode === CERT_NONE) return {};
    return _decode_certificate(cert.raw);
  }

  getPeerCert(binary_form: unknown = false): Record<string, unknown> | Buffer | null {
    return this.getpeercert(binary_form);
  }

  selected_npn_protocol(): null {
    return null;
  }

  /** The protocol ALPN selected ("http/1.1"), or null. */
  selected_alpn_protocol(): string | null {
    this._checkClosed();
    const t = this._sslobj?.done ? this._sslobj.tls : null;
    if (!t) return null;
    return typeof t.alpnProtocol === "string" ? t.alpnProtocol : null;
  }

  selectedAlpnProtocol(): string | null {
    return this.selected_alpn_protocol();
  }

  /** (cipher name, protocol version, secret bits), or null before the handshake. */
  cipher(): Tuple<unknown> | null {
    this._checkClosed();
    const t = this._sslobj?.done ? this._sslobj.tls : null;
    if (!t) return null;
    const c = t.getCipher();
    return tuple([c.name, c.version, cipherBits(c.standardName ?? c.name)]);
  }

  shared_ciphers(): null {
    return null;
  }

  compression(): null {
    return null;
  }

  /** The negotiated protocol version ("TLSv1.3"), or null before the handshake. */
  version(): string | null {
    this._checkClosed();
    const t = this._sslobj?.done ? this._sslobj.tls : null;
    return t ? t.getProtocol() : null;
  }

  /** Decrypted bytes ready to read. */
  pending(): number {
    this._checkClosed();
    return this._sslobj?.done ? (this as unknown as { _avail: number })._avail : 0;
  }

  /** Channel binding data ("tls-unique": the first Finished message), or null. */
  get_channel_binding(cb_type: string = "tls-unique"): Buffer | null {
    if (!CHANNEL_BINDING_TYPES.includes(cb_type)) throw new ValueError(`${cb_type} channel binding type not implemented`);
    const obj = this._sslobj;
    if (obj === null || !obj.done || obj.tls === null) return null;
    const t = obj.tls;
    const first = obj.server_side !== t.isSessionReused() ? t.getPeerFinished() : t.getFinished();
    return first ? Buffer.from(first) : null;
  }

  /** Post-handshake authentication is not available in Node (HAS_PHA is false). */
  verify_client_post_handshake(): never {
    throw makeSSLError(SSLError, SSL_ERROR_SSL, "SSL", "EXTENSION_NOT_RECEIVED", "extension not received", LINE_HANDSHAKE);
  }

  /** Node cannot hand the plain connection back after TLS. */
  unwrap(): never {
    throw new NotImplementedError("unwrap() is not available: Node's TLS sockets cannot return the plain connection");
  }

  override async recv(buflen: number = 1024, flags: number = 0): Promise<Buffer> {
    this._checkClosed();
    if (this._sslobj !== null) {
      if (flags !== 0) throw new ValueError(`non-zero flags not allowed in calls to recv() on ${this._classRepr()}`);
      return (await this.read(buflen)) as Buffer;
    }
    return super.recv(buflen, flags);
  }

  override async recv_into(buffer: ArrayBufferView | ArrayBuffer, nbytes: number | null = null, flags: number = 0): Promise<number> {
    this._checkClosed();
    if (nbytes === null || nbytes === undefined) {
      nbytes = buffer ? (buffer as ArrayBufferView).byteLength : 0;
      if (!nbytes) nbytes = 1024;
    }
    if (this._sslobj !== null) {
      if (flags !== 0) throw new ValueError(`non-zero flags not allowed in calls to recv_into() on ${this._classRepr()}`);
      if (!isBytesLike(buffer)) {
        throw new TypeError(`recv_into() argument 'buffer' must be read-write bytes-like object, not ${typeName(buffer)}`);
      }
      const view = buffer instanceof Uint8Array ? buffer : asBuffer(buffer);
      return (await this.read(nbytes, view)) as number;
    }
    return super.recv_into(buffer, nbytes, flags);
  }

  override async send(data: unknown, flags: number = 0): Promise<number> {
    this._checkClosed();
    if (this._sslobj !== null) {
      if (flags !== 0) throw new ValueError(`non-zero flags not allowed in calls to send() on ${this._classRepr()}`);
      return this.write(data);
    }
    return super.send(data, flags);
  }

  override async sendall(data: unknown, flags: number = 0): Promise<void> {
    this._checkClosed();
    if (this._sslobj !== null) {
      if (flags !== 0) throw new ValueError(`non-zero flags not allowed in calls to sendall() on ${this._classRepr()}`);
      if (!isBytesLike(data)) throw new TypeError(`memoryview: a bytes-like object is required, not '${typeName(data)}'`);
      await this.write(data);
      return;
    }
    return super.sendall(data, flags);
  }

  // camelCase aliases
  get serverSide(): boolean { return this.server_side; }
  get serverHostname(): string | null { return this.server_hostname; }
  get doHandshakeOnConnect(): boolean { return this.do_handshake_on_connect; }
  get suppressRaggedEofs(): boolean { return this.suppress_ragged_eofs; }
  get sessionReused(): boolean | null { return this.session_reused; }
  selectedNpnProtocol(): null { return this.selected_npn_protocol(); }
  sharedCiphers(): null { return this.shared_ciphers(); }
  getChannelBinding(cb_type: string = "tls-unique"): Buffer | null { return this.get_channel_binding(cb_type); }
  verifyClientPostHandshake(): never { return this.verify_client_post_handshake(); }

  override shutdown(how: number): void {
    this._checkClosed();
    this._sslobj = null;
    super.shutdown(how);
  }

  override _real_close(): void {
    this._sslobj = null;
    super._real_close();
  }

  // During the handshake the plain TCP socket is the only handle, and when TLS runs over
  // a relay (tlsTransport) it stays one of its own: ref and unref it with the TLS socket.
  protected override _setRef(on: boolean): void {
    super._setRef(on);
    const raw = this._sslobj?.raw;
    if (raw) _setHandleRef(raw, on);
  }
}

SSLContext.sslsocket_class = SSLSocket;

// ---------------------------------------------------------------------------
// Module functions

/** The PROTOCOL_* name of a protocol number. */
export function get_protocol_name(protocol_code: number): string {
  const names: Record<number, string> = {
    [PROTOCOL_TLS]: "PROTOCOL_TLS",
    [PROTOCOL_TLSv1]: "PROTOCOL_TLSv1",
    [PROTOCOL_TLSv1_1]: "PROTOCOL_TLSv1_1",
    [PROTOCOL_TLSv1_2]: "PROTOCOL_TLSv1_2",
    [PROTOCOL_TLS_CLIENT]: "PROTOCOL_TLS_CLIENT",
    [PROTOCOL_TLS_SERVER]: "PROTOCOL_TLS_SERVER",
  };
  return names[protocol_code] ?? "<unknown>";
}

export {
  DER_cert_to_PEM_cert as derCertToPemCert,
  PEM_cert_to_DER_cert as pemCertToDerCert,
  cert_time_to_seconds as certTimeToSeconds,
  get_protocol_name as getProtocolName,
};
