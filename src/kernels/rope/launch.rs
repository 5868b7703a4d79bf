//! Launch code for RoPE. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::kernel;
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg, elementwise_grid};
use crate::dtype::Storage;
use crate::context::DeviceInfo;

/// Strides of one tensor in vectors, and its head count.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Strides {
    pub batch: u32,
    pub seq: u32,
    pub head: u32,
    pub heads: u32,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Plan {
    pub storage: Storage,
    pub vec: usize,
    pub tokens: usize,
    pub seq: usize,
    /// Pair-vectors per head (rotary/2/vec).
    pub pairs: usize,
    /// Pass-through vectors per head ((head_dim - rotary)/vec).
    pub pass: usize,
    pub offset: u32,
    pub mscale: f32,
    pub backward: bool,
    pub interleaved: bool,
    pub ids: bool,
    pub cached: bool,
    pub copy_pass: bool,
    pub wide: bool,
    /// Heads per unit.
    pub group: usize,
}

impl Plan {
    pub fn key(&self) -> String {
        format!(
            "rope/{}/v{}/il{}/ids{}/cache{}/pass{}/w{}",
            self.storage.name(), self.vec, self.interleaved as u8, self.ids as u8, self.cached as u8, self.copy_pass as u8, self.wide as u8
        )
    }
}

pub(crate) struct Args {
    pub q: Handle,
    pub k: Handle,
    pub q_out: Handle,
    pub k_out: Handle,
    pub q_len: usize,
    pub k_len: usize,
    pub qs: Strides,
    pub ks: Strides,
    pub inv_freq: Handle,
    /// (cos, sin, elements) of the caller's cache.
    pub cache: Option<(Handle, Handle, usize)>,
    /// (ids, count).
    pub ids: Option<(Handle, usize)>,
}

pub(crate) fn rope<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: Args) {
    with_io!(p.storage, rope_io::<R>(c, info, p, a))
}

fn rope_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: Args) {
    let q_groups = (a.qs.heads as usize).div_ceil(p.group);
    let groups = q_groups + (a.ks.heads as usize).div_ceil(p.group);
    let (count, dim) = elementwise_grid(info, p.tokens * p.pairs * groups);
    let rot = p.pairs * p.vec; // frequencies per head (rotary/2)
    // Unused table slots are bound to the frequency table (never read).
    let (cos, sin, cache_len) = a.cache.unwrap_or_else(|| (a.inv_freq.clone(), a.inv_freq.clone(), rot));
    let (ids, ids_len) = a.ids.unwrap_or_else(|| (a.inv_freq.clone(), 1));
    let addr = if p.wide { AddressType::U64 } else { AddressType::U32 };
    let sign = if p.backward { -1.0f32 } else { 1.0 };
    unsafe {
        kernel::rope::launch_unchecked::<I, R>(
            c, count, dim, addr, p.vec,
            arg(a.q, a.q_len), arg(a.k, a.k_len), arg(a.q_out, a.q_len), arg(a.k_out, a.k_len),
            arg(a.inv_freq, rot), arg(cos, cache_len), arg(sin, cache_len), arg(ids, ids_len),
            a.qs.batch, a.qs.seq, a.qs.head, a.qs.heads, a.ks.batch, a.ks.seq, a.ks.head, a.ks.heads,
            p.tokens as u32, p.seq as u32, p.pairs as u32, p.group as u32, q_groups as u32, groups as u32, p.pass as u32, p.offset, p.mscale, sign,
            p.interleaved, p.ids, p.cached, p.copy_pass,
        )
    }
}
