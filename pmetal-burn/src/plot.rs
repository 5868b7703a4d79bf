//! The train-demo's loss figure, drawn with `plotters`: every build's pretraining and LoRA
//! losses on one step axis (LoRA steps continue it after a dashed marker), with a title,
//! axis names with the loss's unit, and a legend.
//!
//! - `loss_curves.svg` is always written: SVG text is laid out by whatever opens the file,
//!   so it needs no font here.
//! - `loss_curves.png` (800x450) is written when a TrueType font is found on this machine
//!   ([`FONT_PATHS`], or the file named by `PMETAL_PLOT_FONT`): a bitmap needs glyphs, and
//!   the repository ships no font file. Without one the demo reports why and goes on.
//!
//! Both go through the same drawing code. It avoids the two plotters calls that measure
//! text with the registered font (the chart caption and the built-in legend box), which
//! fail when none is registered: it draws the title and the legend itself at fixed places,
//! so the SVG comes out the same whether or not a font was found.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One build's loss curves, as the figure draws them.
#[derive(Clone, Copy, Debug)]
pub struct Curves<'a> {
    /// The build's name ("burn", "pmetal"), which picks its legend label.
    pub name: &'a str,
    /// Loss per pretraining step.
    pub pretrain: &'a [f32],
    /// Loss per LoRA step (empty: no fine-tune phase).
    pub lora: &'a [f32],
}

/// Size of both figures, in pixels (SVG user units).
pub const SIZE: (u32, u32) = (800, 450);

/// Where a sans-serif TrueType font usually is: Debian/Ubuntu (fonts-dejavu-core), Fedora,
/// Arch, macOS, Windows. The first that loads is used.
pub const FONT_PATHS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "/Library/Fonts/Arial.ttf",
    "C:\\Windows\\Fonts\\arial.ttf",
];

/// Colours of the builds, in order (a colour-blind-safe pair first).
const COLORS: [RGBColor; 4] = [RGBColor(0, 114, 178), RGBColor(230, 159, 0), RGBColor(0, 158, 115), RGBColor(204, 121, 167)];

/// What [`write`] wrote.
#[derive(Clone, Debug)]
pub struct Written {
    pub svg: PathBuf,
    /// The PNG's path, or why none was written (no font found).
    pub png: Result<PathBuf, String>,
}

/// Registers the first loadable font as plotters' "sans-serif", once per process; returns
/// its path, or why none could be used.
fn font() -> Result<&'static str, String> {
    static FONT: OnceLock<Result<String, String>> = OnceLock::new();
    let r = FONT.get_or_init(|| {
        let env = std::env::var("PMETAL_PLOT_FONT").ok();
        let mut tried = Vec::new();
        for path in env.iter().map(String::as_str).chain(FONT_PATHS.iter().copied()) {
            let Ok(bytes) = std::fs::read(path) else {
                tried.push(path.to_string());
                continue;
            };
            // plotters keeps the font for the life of the process (it wants 'static bytes);
            // the OnceLock makes this the only copy.
            let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            match plotters::style::register_font("sans-serif", FontStyle::Normal, bytes) {
                Ok(()) => return Ok(path.to_string()),
                Err(_) => tried.push(format!("{path} (not a TrueType/OpenType font)")),
            }
        }
        Err(format!("no TrueType font found (set PMETAL_PLOT_FONT to one; tried {})", tried.join(", ")))
    });
    r.as_ref().map(String::as_str).map_err(Clone::clone)
}

/// Writes `loss_curves.svg` and, when a font is found, `loss_curves.png` into `dir`.
/// `subtitle` goes under the title (backend, preset, dtype).
pub fn write(dir: &Path, builds: &[Curves<'_>], subtitle: &str) -> Result<Written, String> {
    let svg = dir.join("loss_curves.svg");
    let mut text = String::new();
    draw(SVGBackend::with_string(&mut text, SIZE).into_drawing_area(), builds, subtitle)?;
    std::fs::write(&svg, text).map_err(|e| format!("cannot write {}: {e}", svg.display()))?;
    let png = match font() {
        Ok(_) => {
            let path = dir.join("loss_curves.png");
            write_png(&path, builds, subtitle)?;
            Ok(path)
        }
        Err(why) => Err(why),
    };
    Ok(Written { svg, png })
}

/// Draws into an RGB buffer and encodes it with the `png` crate.
fn write_png(path: &Path, builds: &[Curves<'_>], subtitle: &str) -> Result<(), String> {
    let (w, h) = SIZE;
    let mut rgb = vec![0u8; (w * h * 3) as usize];
    draw(BitMapBackend::with_buffer(&mut rgb, SIZE).into_drawing_area(), builds, subtitle)?;
    let err = |e: &dyn std::fmt::Display| format!("cannot write {}: {e}", path.display());
    let file = std::fs::File::create(path).map_err(|e| err(&e))?;
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w, h);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut wr = enc.write_header().map_err(|e| err(&e))?;
    wr.write_image_data(&rgb).map_err(|e| err(&e))?;
    wr.finish().map_err(|e| err(&e))
}

/// The legend's name of a build's phase.
fn label(build: &str, phase: &str) -> String {
    let who = if build == "burn" { "Burn" } else { build };
    format!("{who} ops, {phase}")
}

/// Title, axes, the curves and the legend on `root`.
fn draw<DB: DrawingBackend>(root: DrawingArea<DB, Shift>, builds: &[Curves<'_>], subtitle: &str) -> Result<(), String> {
    let e = |e: DrawingAreaErrorKind<DB::ErrorType>| format!("plot: {e}");
    root.fill(&WHITE).map_err(e)?;
    let (w, _) = root.dim_in_pixel();
    let centred = Pos::new(HPos::Center, VPos::Top);
    root.draw_text("train-demo loss: pretraining, then LoRA fine-tune", &("sans-serif", 20).into_font().color(&BLACK).pos(centred), (w as i32 / 2, 8)).map_err(e)?;
    root.draw_text(subtitle, &("sans-serif", 13).into_font().color(&RGBColor(90, 90, 90)).pos(centred), (w as i32 / 2, 32)).map_err(e)?;
    // The legend sits in two columns under the titles, outside the curves' way.
    let entries = builds.iter().map(|b| 1 + usize::from(!b.lora.is_empty())).sum::<usize>();
    let legend_top = 54;
    let row = 18;
    let area = root.margin(legend_top as u32 + row as u32 * entries.div_ceil(2) as u32 + 6, 10, 10, 20);

    // Steps are 1-based; LoRA step i is plotted at n_pre + i.
    let n_pre = builds.iter().map(|b| b.pretrain.len()).max().unwrap_or(0);
    let n_all = builds.iter().map(|b| n_pre + b.lora.len()).max().unwrap_or(0).max(2);
    let all = builds.iter().flat_map(|b| b.pretrain.iter().chain(b.lora)).copied().filter(|v| v.is_finite());
    let (mut lo, mut hi) = all.fold((f32::INFINITY, f32::NEG_INFINITY), |(a, z), v| (a.min(v), z.max(v)));
    if !lo.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    if hi - lo < 1e-3 {
        hi = lo + 1e-3;
    }
    let pad = (hi - lo) * 0.05;
    let mut chart = ChartBuilder::on(&area)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(1i32..n_all as i32, lo - pad..hi + pad)
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_desc("step")
        // Mean cross-entropy over the batch's next-token targets, natural log; tokens are bytes.
        .y_desc("loss (nats/token, 1 token = 1 byte)")
        .axis_desc_style(("sans-serif", 14))
        .label_style(("sans-serif", 12))
        .x_labels(10)
        .y_labels(8)
        .light_line_style(RGBColor(240, 240, 240))
        .draw()
        .map_err(e)?;

    if n_pre > 0 && n_all > n_pre {
        // The first LoRA step.
        let x = (n_pre + 1) as i32;
        let grey = RGBColor(120, 120, 120);
        chart.draw_series(DashedLineSeries::new([(x, lo - pad), (x, hi + pad)], 6, 4, grey.stroke_width(1))).map_err(e)?;
        // The label a few pixels right of the marker, at the top.
        let text = Text::new("LoRA starts", (4, 2), ("sans-serif", 12).into_font().color(&grey).pos(Pos::new(HPos::Left, VPos::Top)));
        chart.draw_series([EmptyElement::at((x, hi + pad)) + text]).map_err(e)?;
    }

    let mut legend = Vec::new();
    for (k, b) in builds.iter().enumerate() {
        let color = COLORS[k % COLORS.len()];
        // Earlier builds wider, so a later curve drawn on top of an identical one still
        // shows the one beneath.
        let width = 2 + 2 * (builds.len() - 1 - k) as u32;
        let pre: Vec<(i32, f32)> = b.pretrain.iter().enumerate().map(|(i, &v)| ((i + 1) as i32, v)).filter(|p| p.1.is_finite()).collect();
        // The LoRA curve starts from the last pretraining loss, so the two phases join.
        let lora: Vec<(i32, f32)> = pre.last().copied().filter(|_| !b.lora.is_empty()).into_iter().chain(b.lora.iter().enumerate().map(|(i, &v)| ((n_pre + i + 1) as i32, v))).filter(|p| p.1.is_finite()).collect();
        chart.draw_series(LineSeries::new(pre, color.stroke_width(width))).map_err(e)?;
        legend.push((label(b.name, "pretraining"), color, width, false));
        if !b.lora.is_empty() {
            chart.draw_series(DashedLineSeries::new(lora, 8, 4, color.stroke_width(width))).map_err(e)?;
            legend.push((label(b.name, "LoRA fine-tune"), color, width, true));
        }
    }

    // The legend, at fixed places (see the module doc).
    let col_w = 300;
    let x_left = w as i32 / 2 - col_w;
    for (i, (name, color, width, dashed)) in legend.iter().enumerate() {
        let (x, y) = (x_left + col_w * (i % 2) as i32, legend_top + row * (i / 2) as i32 + row / 2);
        let sample = [(x, y), (x + 36, y)];
        let style = color.stroke_width(*width);
        if *dashed {
            root.draw(&DashedPathElement::new(sample, 6, 3, style)).map_err(e)?;
        } else {
            root.draw(&PathElement::new(sample, style)).map_err(e)?;
        }
        root.draw_text(name, &("sans-serif", 14).into_font().color(&BLACK).pos(Pos::new(HPos::Left, VPos::Center)), (x + 44, y)).map_err(e)?;
    }
    root.present().map_err(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SVG needs no font: this test binary never registers one.
    #[test]
    fn svg_without_a_font() {
        let (pre_a, pre_b, lora) = ([5.5, 4.0, 3.2], [5.5, 4.01, 3.2], [3.4, 3.1]);
        let builds = [Curves { name: "burn", pretrain: &pre_a, lora: &lora }, Curves { name: "pmetal", pretrain: &pre_b, lora: &lora }];
        let mut s = String::new();
        draw(SVGBackend::with_string(&mut s, SIZE).into_drawing_area(), &builds, "test").unwrap();
        for t in ["train-demo loss", "Burn ops, pretraining", "pmetal ops, LoRA fine-tune", "LoRA starts", "loss (nats/token", "step"] {
            assert!(s.contains(t), "SVG lacks {t:?}");
        }
    }
}
