//! Host conversions between f32 and the 16-bit float tensors (`GpuTensor::from_f32`,
//! `GpuBuffer::from_f32`, `to_f32_vec`, `to_dtype`) on every runtime present: the values
//! that land on the device are `half`'s round-to-nearest-even of the f32 input.

mod common;

use common::on_every_runtime;
use pmetal_metal::{bf16, f16, DType, GpuBuffer, GpuTensor, PmetalError};

#[test]
fn f32_to_16_bit_and_back() {
    on_every_runtime("host convert", |ctx, rng| {
        let x: Vec<f32> = rng.normals(2 * 7, 3.0).into_iter().map(|v| v as f32).collect();

        // f32 -> bf16 on the device: the same bits as half's rounding, widened exactly.
        let b = GpuTensor::from_f32(ctx, DType::BF16, &[2, 7], &x).unwrap();
        assert_eq!((b.dtype(), b.shape()), (DType::BF16, &[2, 7][..]));
        let want: Vec<bf16> = x.iter().map(|&v| bf16::from_f32(v)).collect();
        assert_eq!(b.to_vec::<bf16>().unwrap(), want);
        assert_eq!(b.to_f32_vec().unwrap(), want.iter().map(|v| v.to_f32()).collect::<Vec<_>>());

        // The typed face: an odd element count (padded to whole words on upload).
        let h = GpuBuffer::<f16>::from_f32(ctx, &x[..7], &[7]).unwrap();
        assert_eq!(h.to_vec().unwrap(), x[..7].iter().map(|&v| f16::from_f32(v)).collect::<Vec<_>>());

        // to_dtype: bf16 -> f16 goes through f32; to the same dtype is the tensor itself.
        let bh = b.to_dtype(DType::F16).unwrap();
        let via: Vec<f16> = want.iter().map(|v| f16::from_f32(v.to_f32())).collect();
        assert_eq!(bh.to_vec::<f16>().unwrap(), via);
        let live = ctx.live_bytes();
        let same = b.to_dtype(DType::BF16).unwrap();
        assert_eq!(ctx.live_bytes(), live, "a view of the same memory, no new allocation");
        assert_eq!(same.to_vec::<bf16>().unwrap(), want);
        let f = b.to_dtype(DType::F32).unwrap();
        assert_eq!(f.to_vec::<f32>().unwrap(), b.to_f32_vec().unwrap());

        // Refused: integer dtypes, and a length that is not the shape's.
        let bad = |r: pmetal_metal::Result<GpuTensor>| r.map(drop).unwrap_err();
        assert!(matches!(bad(GpuTensor::from_f32(ctx, DType::I32, &[1], &[1.0])), PmetalError::InvalidArgument(_)));
        assert!(matches!(bad(GpuTensor::from_f32(ctx, DType::F16, &[2, 2], &[1.0; 3])), PmetalError::ShapeMismatch(_)));
        assert!(matches!(bad(b.to_dtype(DType::U32)), PmetalError::InvalidArgument(_)));
        let ints = GpuBuffer::<i32>::from_slice(ctx, &[1, 2], &[2]).unwrap();
        assert!(matches!(ints.to_f32_vec().unwrap_err(), PmetalError::InvalidArgument(_)));
    });
}
