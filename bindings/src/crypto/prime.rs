//! Prime generation and testing for crypto.generatePrime()/checkPrime() and the
//! safe primes of createDiffieHellman(bits). The arithmetic and the primality tests
//! (Miller-Rabin plus Baillie-PSW) are `num-bigint-dig`'s; candidates are drawn the
//! way OpenSSL's BN_generate_prime_ex draws them (top two bits and the low bit set,
//! or p = rem (mod add) when `add` is given).
use super::{dispatch, opt_obj};
use crate::bytes;
use num_bigint_dig::prime::probably_prime;
use num_bigint_dig::{BigUint, RandBigInt};
use num_traits::{One, ToPrimitive, Zero};
use rquickjs::function::Opt;
use rquickjs::{Ctx, Function, Object, Result, Value};

type R<T> = std::result::Result<T, String>;

/// Miller-Rabin rounds when the caller does not ask for a number.
const DEFAULT_ROUNDS: usize = 20;

/// Odd primes below 2000, to sieve candidates before the expensive tests.
fn small_primes() -> Vec<u32> {
    (3u32..2000)
        .step_by(2)
        .filter(|n| {
            (3..)
                .step_by(2)
                .take_while(|d| d * d <= *n)
                .all(|d| n % d != 0)
        })
        .collect()
}

/// A random `bits`-bit odd number with its top two bits set (BN_RAND_TOP_TWO).
fn candidate(rng: &mut impl RandBigInt, bits: usize) -> BigUint {
    let top = if bits >= 2 {
        (BigUint::one() << (bits - 1)) | (BigUint::one() << (bits - 2))
    } else {
        BigUint::one()
    };
    rng.gen_biguint(bits) | top | BigUint::one()
}

/// A safe prime p = 2q + 1 of exactly `bits` bits (bits >= 3). Candidates where q
/// or p has a small factor are skipped, and a base-2 Fermat test on p weeds out
/// most of the rest before the full primality tests.
pub(crate) fn safe_prime(bits: usize) -> BigUint {
    let primes = small_primes();
    let mut rng = rand::thread_rng();
    let two = BigUint::from(2u32);
    loop {
        let q = candidate(&mut rng, bits - 1);
        let sieved = primes.iter().all(|&r| {
            let m = (&q % r).to_u32().unwrap_or(0);
            (m != 0 || q == BigUint::from(r)) && m != (r - 1) / 2
        });
        if !sieved && bits > 24 {
            continue;
        }
        let p: BigUint = (&q << 1usize) + 1u32;
        if p.bits() != bits || two.modpow(&(&p - 1u32), &p) != BigUint::one() {
            continue;
        }
        if probably_prime(&q, DEFAULT_ROUNDS) && probably_prime(&p, DEFAULT_ROUNDS) {
            return p;
        }
    }
}

/// generatePrime: a `bits`-bit prime, safe if asked, with p = rem (mod add) when
/// `add` is given (rem defaults to 1, or 3 for safe primes, as in OpenSSL).
fn generate(bits: usize, safe: bool, add: Option<BigUint>, rem: Option<BigUint>) -> R<BigUint> {
    if bits < 2 || (safe && bits < 3) {
        return Err("error:01800076:bignum routines::bits too small".into());
    }
    let Some(add) = add.filter(|a| !a.is_zero()) else {
        if safe {
            return Ok(safe_prime(bits));
        }
        let mut rng = rand::thread_rng();
        loop {
            let p = candidate(&mut rng, bits);
            if probably_prime(&p, DEFAULT_ROUNDS) {
                return Ok(p);
            }
        }
    };
    let rem = rem.unwrap_or_else(|| BigUint::from(if safe { 3u32 } else { 1u32 }));
    let mut rng = rand::thread_rng();
    loop {
        let c = rng.gen_biguint(bits) | (BigUint::one() << (bits - 1));
        let p = &c - (&c % &add) + &rem;
        if p.bits() != bits || !probably_prime(&p, DEFAULT_ROUNDS) {
            continue;
        }
        if !safe || probably_prime(&((&p - 1u32) >> 1usize), DEFAULT_ROUNDS) {
            return Ok(p);
        }
    }
}

fn check(n: &BigUint, rounds: usize) -> bool {
    let rounds = if rounds == 0 { DEFAULT_ROUNDS } else { rounds };
    *n > BigUint::one() && probably_prime(n, rounds)
}

fn opt_bytes<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Option<BigUint>> {
    if v.is_null() || v.is_undefined() {
        return Ok(None);
    }
    Ok(Some(bytes::with_bytes(ctx, v, BigUint::from_bytes_be)?))
}

fn to_ab<'a>(ctx: &Ctx<'a>, n: BigUint) -> Result<Value<'a>> {
    bytes::array_buffer(ctx, n.to_bytes_be())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // primeGenerate(bits, safe, add|null, rem|null, req?) -> ArrayBuffer (big-endian)
    o.set(
        "primeGenerate",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             bits: u32,
             safe: bool,
             add: Value<'js>,
             rem: Value<'js>,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let add = opt_bytes(&ctx, &add)?;
                let rem = opt_bytes(&ctx, &rem)?;
                dispatch(
                    &ctx,
                    opt_obj(req),
                    move || generate(bits as usize, safe, add, rem),
                    to_ab,
                )
            },
        )?,
    )?;
    // primeCheck(bytes, rounds, req?) -> bool
    o.set(
        "primeCheck",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             n: Value<'js>,
             rounds: u32,
             req: Opt<Value<'js>>|
             -> Result<Value<'js>> {
                let n = bytes::with_bytes(&ctx, &n, BigUint::from_bytes_be)?;
                dispatch(
                    &ctx,
                    opt_obj(req),
                    move || Ok(check(&n, rounds as usize)),
                    |ctx, b| Ok(Value::new_bool(ctx.clone(), b)),
                )
            },
        )?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generate_and_check() {
        for bits in [2usize, 3, 8, 16, 64] {
            let p = generate(bits, false, None, None).unwrap();
            assert_eq!(p.bits(), bits);
            assert!(check(&p, 0));
        }
        let p = generate(
            16,
            false,
            Some(BigUint::from(12u32)),
            Some(BigUint::from(5u32)),
        )
        .unwrap();
        assert_eq!(&p % 12u32, BigUint::from(5u32));
        let s = safe_prime(64);
        assert!(check(&((s - 1u32) >> 1usize), 0));
        assert!(!check(&BigUint::from(1u32), 0));
        assert!(!check(&BigUint::from(91u32), 0));
    }
}
