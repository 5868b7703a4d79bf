//! Training: f32 master weights and AdamW state on the inner (non-autodiff) backend, a
//! working copy in the backend's float dtype (bf16 on CUDA) rebuilt from the masters each
//! step. Mixed precision like this keeps small updates that pure bf16 weights would round
//! away (an update of 1e-3 on a norm weight of 1.0 is below bf16's half-ulp of 2^-8), and it
//! is the same code in both builds.
//!
//! LoRA: the base masters become constants (the working copies are built without
//! `require_grad`, so autodiff tracks nothing for them and nothing updates them); only the
//! adapters are trained.

use burn::tensor::backend::AutodiffBackend;
use burn::tensor::{DType, Element, Tensor};

use super::{init_host, int1, int2, lora_specs, param_specs, to_host, upload, Decoder as _, LlamaOps, Model, ModelConfig, ParamSpec};

/// AdamW with decoupled weight decay (Loshchilov & Hutter), bias-corrected moments.
#[derive(Clone, Debug)]
pub struct AdamW {
    pub beta1: f64,
    pub beta2: f64,
    pub eps: f64,
    pub weight_decay: f64,
}

impl Default for AdamW {
    fn default() -> Self {
        AdamW { beta1: 0.9, beta2: 0.95, eps: 1e-8, weight_decay: 0.1 }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Pretrain,
    Lora,
}

pub struct StepOut {
    pub loss: f32,
    /// Gradients of the trainable parameters (f32, host), when asked for.
    pub grads: Option<Vec<Vec<f32>>>,
}

type Inner<B> = <B as AutodiffBackend>::InnerBackend;

pub struct Trainer<B: AutodiffBackend> {
    pub cfg: ModelConfig,
    pub device: B::Device,
    pub opt: AdamW,
    pub base_specs: Vec<ParamSpec>,
    base: Vec<Tensor<Inner<B>, 2>>,
    lora_specs: Vec<ParamSpec>,
    lora: Vec<Tensor<Inner<B>, 2>>,
    lora_scale: f32,
    m: Vec<Tensor<Inner<B>, 2>>,
    v: Vec<Tensor<Inner<B>, 2>>,
    t: usize,
    phase: Phase,
}

impl<B: AutodiffBackend> Trainer<B> {
    /// Loads `host` (values for [`param_specs`]) as f32 masters.
    pub fn new(cfg: ModelConfig, host: &[Vec<f32>], device: B::Device, opt: AdamW) -> Self {
        let base_specs = param_specs(&cfg);
        assert_eq!(host.len(), base_specs.len(), "host weights do not match the config");
        let base: Vec<_> = base_specs.iter().zip(host).map(|(s, h)| upload::<Inner<B>>(h, s.shape, &device, Some(DType::F32))).collect();
        let mut t = Trainer { cfg, device, opt, base_specs, base, lora_specs: vec![], lora: vec![], lora_scale: 0.0, m: vec![], v: vec![], t: 0, phase: Phase::Pretrain };
        t.reset_moments();
        t
    }

    fn work_dtype() -> DType {
        <B::FloatElem as Element>::dtype()
    }

    fn reset_moments(&mut self) {
        let specs = if self.phase == Phase::Pretrain { &self.base_specs } else { &self.lora_specs };
        let zeros = |s: &ParamSpec| Tensor::<Inner<B>, 2>::zeros(s.shape, (&self.device, DType::F32));
        self.m = specs.iter().map(zeros).collect();
        self.v = specs.iter().map(zeros).collect();
        self.t = 0;
    }

    /// Freezes the base and adds LoRA adapters (rank `rank`, scale `alpha / rank`) on every
    /// attention and MLP projection, initialised from `seed`.
    pub fn start_lora(&mut self, rank: usize, alpha: f32, seed: u64) {
        self.lora_specs = lora_specs(&self.cfg, rank);
        let host = init_host(&self.lora_specs, seed);
        self.lora = self.lora_specs.iter().zip(&host).map(|(s, h)| upload::<Inner<B>>(h, s.shape, &self.device, Some(DType::F32))).collect();
        self.lora_scale = alpha / rank as f32;
        self.phase = Phase::Lora;
        self.reset_moments();
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Names of the trainable parameters, in the order of [`StepOut::grads`].
    pub fn trainable_names(&self) -> Vec<String> {
        let s = if self.phase == Phase::Pretrain { &self.base_specs } else { &self.lora_specs };
        s.iter().map(|s| s.name.clone()).collect()
    }

    fn working(masters: &[Tensor<Inner<B>, 2>], track: bool) -> Vec<Tensor<B, 2>> {
        masters
            .iter()
            .map(|m| {
                let t = Tensor::<B, 2>::from_inner(m.clone().cast(Self::work_dtype()));
                if track { t.require_grad() } else { t }
            })
            .collect()
    }

    /// The model in the working dtype; `track` marks the trainable set for autodiff.
    pub fn model(&self, track: bool) -> Model<B> {
        let pre = track && self.phase == Phase::Pretrain;
        let lora_track = track && self.phase == Phase::Lora;
        Model {
            cfg: self.cfg.clone(),
            params: Self::working(&self.base, pre),
            lora: (self.phase == Phase::Lora).then(|| (Self::working(&self.lora, lora_track), self.lora_scale)),
        }
    }

    /// One optimiser step on `tokens`/`targets` (`batch * seq` each). Reads the loss back
    /// (a sync, in both builds) after the update is queued.
    pub fn step<O: LlamaOps<B>>(&mut self, tokens: &[i32], targets: &[i32], batch: usize, seq: usize, lr: f64, want_grads: bool) -> StepOut {
        self.step_inner::<O>(tokens, targets, batch, seq, lr, want_grads, None)
    }

    /// [`Trainer::step`] that calls `probe` after the forward pass and after the backward
    /// pass (the demo syncs and reads the memory pool there).
    #[allow(clippy::too_many_arguments)]
    pub fn step_probed<O: LlamaOps<B>>(&mut self, tokens: &[i32], targets: &[i32], batch: usize, seq: usize, lr: f64, want_grads: bool, probe: &mut dyn FnMut()) -> StepOut {
        self.step_inner::<O>(tokens, targets, batch, seq, lr, want_grads, Some(probe))
    }

    #[allow(clippy::too_many_arguments)]
    fn step_inner<O: LlamaOps<B>>(&mut self, tokens: &[i32], targets: &[i32], batch: usize, seq: usize, lr: f64, want_grads: bool, mut probe: Option<&mut dyn FnMut()>) -> StepOut {
        let model = self.model(true);
        let loss = model.loss::<O>(int2::<B>(tokens, [batch, seq], &self.device), int1::<B>(targets, &self.device));
        if let Some(p) = probe.as_mut() {
            p();
        }
        let grads = loss.backward();
        if let Some(p) = probe.as_mut() {
            p();
        }
        let trainable = if self.phase == Phase::Pretrain { &model.params } else { &model.lora.as_ref().expect("lora phase").0 };
        let masters = if self.phase == Phase::Pretrain { &mut self.base } else { &mut self.lora };
        let specs = if self.phase == Phase::Pretrain { &self.base_specs } else { &self.lora_specs };
        self.t += 1;
        let (b1, b2, o) = (self.opt.beta1, self.opt.beta2, &self.opt);
        let (c1, c2) = (1.0 - b1.powi(self.t as i32), 1.0 - b2.powi(self.t as i32));
        let mut host_grads = want_grads.then(Vec::new);
        for (i, p) in trainable.iter().enumerate() {
            let g = p.grad(&grads).unwrap_or_else(|| panic!("no gradient for {}", specs[i].name)).cast(DType::F32);
            if let Some(h) = host_grads.as_mut() {
                h.push(to_host(g.clone()));
            }
            let m = self.m[i].clone().mul_scalar(b1).add(g.clone().mul_scalar(1.0 - b1));
            let v = self.v[i].clone().mul_scalar(b2).add(g.square().mul_scalar(1.0 - b2));
            let update = m.clone().div_scalar(c1).div(v.clone().div_scalar(c2).sqrt().add_scalar(o.eps));
            let w = masters[i].clone();
            let decay = if specs[i].decay { o.weight_decay } else { 0.0 };
            let w = if decay > 0.0 { w.mul_scalar(1.0 - lr * decay) } else { w };
            masters[i] = w.sub(update.mul_scalar(lr));
            self.m[i] = m;
            self.v[i] = v;
        }
        drop(model);
        StepOut { loss: to_host(loss)[0], grads: host_grads }
    }

    /// Mean loss over `batches` without tracking gradients.
    pub fn eval_loss<O: LlamaOps<B>>(&self, batches: &[(Vec<i32>, Vec<i32>)], batch: usize, seq: usize) -> f32 {
        let dec = O::decoder(&self.model(false));
        let mut sum = 0.0;
        for (x, y) in batches {
            let l = dec.loss(dec.hidden(int2::<B>(x, [batch, seq], &self.device)), int1::<B>(y, &self.device));
            sum += to_host(l)[0];
        }
        sum / batches.len().max(1) as f32
    }

    /// The base masters on the host (for the bit-identity check across LoRA steps).
    pub fn base_host(&self) -> Vec<Vec<f32>> {
        self.base.iter().map(|t| to_host(t.clone())).collect()
    }

    /// The base masters as the working dtype on the host (what the model actually reads).
    pub fn base_bits(&self) -> Vec<Vec<u8>> {
        self.base.iter().map(|t| t.clone().cast(Self::work_dtype()).into_data().as_bytes().to_vec()).collect()
    }
}
