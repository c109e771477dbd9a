//! Classic (finite-field) Diffie-Hellman for crypto.createDiffieHellman() and
//! getDiffieHellman(). Big-integer arithmetic, primality tests and prime generation
//! are `num-bigint-dig`'s; the key state lives in JS (js/internal/crypto/diffiehellman.js),
//! so every function here is stateless over big-endian byte strings.
//!
//! Errors are OpenSSL reason strings ("modulus too small", "bad generator"...) or
//! Node's own messages for a peer key out of range; JS shapes them.
use super::dh_groups::GROUPS;
use super::throw;
use crate::bytes;
use num_bigint_dig::prime::probably_prime;
use num_bigint_dig::{BigUint, RandBigInt};
use num_traits::{One, Zero};
use rquickjs::{Array, Ctx, Function, Object, Result, Value};

type R<T> = std::result::Result<T, String>;

/// OpenSSL 3 refuses to generate keys or parameters below this size.
const MIN_MODULUS_BITS: usize = 512;
/// And above this one.
const MAX_MODULUS_BITS: usize = 10000;
/// Miller-Rabin rounds for DH_check. OpenSSL runs 64; `probably_prime` adds a
/// Baillie-PSW (Lucas) test, so fewer rounds give the same answers much faster.
const PRIME_ROUNDS: usize = 20;

// DH_check() flags, as crypto.constants has them (plus OpenSSL 3's size flags).
const P_NOT_PRIME: u32 = 0x01;
const P_NOT_SAFE_PRIME: u32 = 0x02;
const NOT_SUITABLE_GENERATOR: u32 = 0x08;
const MODULUS_TOO_SMALL: u32 = 0x80;
const MODULUS_TOO_LARGE: u32 = 0x100;

fn big(b: &[u8]) -> BigUint {
    BigUint::from_bytes_be(b)
}

/// BN_bn2bin: minimal big-endian bytes (empty for zero).
fn to_bytes(n: &BigUint) -> Vec<u8> {
    if n.is_zero() {
        return Vec::new();
    }
    n.to_bytes_be()
}

fn group(name: &str) -> Option<(BigUint, u32)> {
    let (_, hex, bits) = GROUPS.iter().find(|g| g.0 == name)?;
    Some((BigUint::parse_bytes(hex.as_bytes(), 16)?, *bits))
}

/// A safe prime of `bits` bits, as DH_generate_parameters makes (crypto/prime.rs).
fn safe_prime(bits: usize) -> R<BigUint> {
    if bits < MIN_MODULUS_BITS {
        return Err("modulus too small".into());
    }
    if bits > MAX_MODULUS_BITS {
        return Err("modulus too large".into());
    }
    Ok(super::prime::safe_prime(bits))
}

/// DH_check() without a subgroup order: range of g, primality of p and of (p-1)/2.
fn check(p: &BigUint, g: &BigUint) -> u32 {
    let mut flags = 0;
    if p.bits() < MIN_MODULUS_BITS {
        flags |= MODULUS_TOO_SMALL;
    }
    if p.bits() > MAX_MODULUS_BITS {
        flags |= MODULUS_TOO_LARGE;
    }
    if *g <= BigUint::one() || g >= p {
        flags |= NOT_SUITABLE_GENERATOR;
    }
    if !probably_prime(p, PRIME_ROUNDS) {
        flags |= P_NOT_PRIME;
    } else {
        let q: BigUint = (p - 1u32) >> 1usize;
        if !probably_prime(&q, PRIME_ROUNDS) {
            flags |= P_NOT_SAFE_PRIME;
        }
    }
    flags
}

/// DH_generate_key: a new private key unless one is given, and g^x mod p.
/// `key_bits` is the private key length for named groups (0: just below p).
fn generate_key(
    p: &BigUint,
    g: &BigUint,
    private: Option<BigUint>,
    key_bits: u32,
) -> R<(BigUint, BigUint)> {
    if p.bits() < MIN_MODULUS_BITS {
        return Err("modulus too small".into());
    }
    let x = match private {
        Some(x) => x,
        None => {
            let mut rng = rand::thread_rng();
            let two = BigUint::from(2u32);
            if key_bits > 0 {
                rng.gen_biguint_range(&two, &(BigUint::one() << key_bits as usize))
            } else {
                rng.gen_biguint_range(&two, &(p - 1u32))
            }
        }
    };
    let y = g.modpow(&x, p);
    Ok((x, y))
}

/// DH_compute_key, zero-padded to the prime's length as Node does. The peer key
/// must be in [2, p-2] (DH_check_pub_key).
fn compute_secret(p: &BigUint, x: &BigUint, peer: &BigUint) -> R<Vec<u8>> {
    if *peer <= BigUint::one() {
        return Err("Supplied key is too small".into());
    }
    if *peer >= p - 1u32 {
        return Err("Supplied key is too large".into());
    }
    let len = p.bits().div_ceil(8);
    // OpenSSL 3 fails the derivation for small moduli and Node hands back zeros.
    if p.bits() < MIN_MODULUS_BITS {
        return Ok(vec![0; len]);
    }
    let s = to_bytes(&peer.modpow(x, p));
    let mut out = vec![0u8; len.saturating_sub(s.len())];
    out.extend(s);
    Ok(out)
}

fn pair<'js>(ctx: &Ctx<'js>, a: &BigUint, b: &BigUint) -> Result<Value<'js>> {
    let arr = Array::new(ctx.clone())?;
    arr.set(0, bytes::array_buffer(ctx, to_bytes(a))?)?;
    arr.set(1, bytes::array_buffer(ctx, to_bytes(b))?)?;
    Ok(arr.into_value())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // dhGroup(name) -> [prime, privateKeyBits] | undefined
    o.set(
        "dhGroup",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String| -> Result<Value<'js>> {
                match group(&name) {
                    Some((p, bits)) => {
                        let arr = Array::new(ctx.clone())?;
                        arr.set(0, bytes::array_buffer(&ctx, to_bytes(&p))?)?;
                        arr.set(1, bits)?;
                        Ok(arr.into_value())
                    }
                    None => Ok(Value::new_undefined(ctx)),
                }
            },
        )?,
    )?;
    // dhGeneratePrime(bits) -> a safe prime; "modulus too small"/"modulus too large".
    o.set(
        "dhGeneratePrime",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, bits: f64| -> Result<Value<'js>> {
                let bits = if bits.is_finite() && bits > 0.0 {
                    bits as usize
                } else {
                    0
                };
                match safe_prime(bits) {
                    Ok(p) => bytes::array_buffer(&ctx, to_bytes(&p)),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    // dhCheck(prime, generator) -> DH_check() flags
    o.set(
        "dhCheck",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, p: Value<'js>, g: Value<'js>| -> Result<u32> {
                let p = bytes::with_bytes(&ctx, &p, big)?;
                let g = bytes::with_bytes(&ctx, &g, big)?;
                Ok(check(&p, &g))
            },
        )?,
    )?;
    // dhGenerateKey(prime, generator, private|null, privateBits) -> [private, public]
    o.set(
        "dhGenerateKey",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             p: Value<'js>,
             g: Value<'js>,
             private: Value<'js>,
             bits: u32|
             -> Result<Value<'js>> {
                let p = bytes::with_bytes(&ctx, &p, big)?;
                let g = bytes::with_bytes(&ctx, &g, big)?;
                let x = if private.is_null() || private.is_undefined() {
                    None
                } else {
                    Some(bytes::with_bytes(&ctx, &private, big)?)
                };
                match generate_key(&p, &g, x, bits) {
                    Ok((x, y)) => pair(&ctx, &x, &y),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    // dhComputeSecret(prime, private, peerPublic) -> secret as long as the prime
    o.set(
        "dhComputeSecret",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, p: Value<'js>, x: Value<'js>, peer: Value<'js>| -> Result<Value<'js>> {
                let p = bytes::with_bytes(&ctx, &p, big)?;
                let x = bytes::with_bytes(&ctx, &x, big)?;
                let peer = bytes::with_bytes(&ctx, &peer, big)?;
                match compute_secret(&p, &x, &peer) {
                    Ok(v) => bytes::array_buffer(&ctx, v),
                    Err(e) => throw(&ctx, &e),
                }
            },
        )?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_safe_primes() {
        for (name, _, _) in GROUPS.iter().take(3) {
            let (p, _) = group(name).unwrap();
            assert_eq!(check(&p, &BigUint::from(2u32)), 0, "{name}");
        }
    }

    #[test]
    fn agreement() {
        let (p, bits) = group("modp2").unwrap();
        let g = BigUint::from(2u32);
        let (a, ya) = generate_key(&p, &g, None, bits).unwrap();
        let (b, yb) = generate_key(&p, &g, None, bits).unwrap();
        assert_eq!(
            compute_secret(&p, &a, &yb).unwrap(),
            compute_secret(&p, &b, &ya).unwrap()
        );
        assert!(compute_secret(&p, &a, &BigUint::one()).is_err());
        assert!(compute_secret(&p, &a, &(&p - 1u32)).is_err());
    }
}
