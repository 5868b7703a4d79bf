//! The pipeline cache compiles each specialised kernel once. Its own test binary (its own
//! process), so no other test compiles kernels on the shared context meanwhile.

mod common;

use common::on_every_runtime;
use common::verify::upload;
use pmetal_metal::{DType, GluActivation, SwiGlu};

#[test]
fn pipelines_compile_once_per_config() {
    on_every_runtime("pipeline cache", |ctx, rng| {
        let (g, _) = upload(ctx, DType::F32, &[4, 64], &rng.normals(256, 1.0)).unwrap();
        let op = SwiGlu::new(ctx);
        op.forward(&g, &g).unwrap();
        let first = ctx.pipeline_stats();
        for _ in 0..5 {
            op.forward(&g, &g).unwrap();
        }
        let again = ctx.pipeline_stats();
        assert_eq!(again.compiled, first.compiled, "the same config must reuse its pipeline");
        assert_eq!(again.launches, first.launches + 5);
        // Another config (GeGLU) compiles exactly once more, however often it runs.
        let geglu = SwiGlu::new(ctx).with_activation(GluActivation::GeluTanh);
        for _ in 0..3 {
            geglu.forward(&g, &g).unwrap();
        }
        assert_eq!(ctx.pipeline_stats().compiled, first.compiled + 1);
    });
}
