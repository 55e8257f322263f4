//! Plane geometry of the diagram, as pure functions: points and rectangles, the viewport
//! (pan and zoom: screen = diagram × zoom + pan), fit-to-screen, centring, hit-testing of
//! domain regions, the minimap's projection and the paths of foreign-key edges.

/// A point (diagram or screen coordinates, as the caller says).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }
}

/// An axis-aligned rectangle: top-left corner, width and height.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn centre(&self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Whether `p` is inside (edges included).
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.right() && p.y >= self.y && p.y <= self.bottom()
    }

    /// Whether `other` lies entirely inside this rectangle.
    pub fn encloses(&self, other: &Rect) -> bool {
        other.x >= self.x && other.y >= self.y && other.right() <= self.right() && other.bottom() <= self.bottom()
    }

    /// Whether the two rectangles share interior points (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        let x = self.x.min(other.x);
        let y = self.y.min(other.y);
        Rect::new(x, y, self.right().max(other.right()) - x, self.bottom().max(other.bottom()) - y)
    }

    /// Moved by `d`.
    pub fn translated(&self, d: Point) -> Rect {
        Rect::new(self.x + d.x, self.y + d.y, self.w, self.h)
    }
}

/// The smallest rectangle holding all of `rects` (a unit rectangle at the origin if none).
pub fn bounds<'a>(rects: impl IntoIterator<Item = &'a Rect>) -> Rect {
    rects.into_iter().copied().reduce(|a, b| a.union(&b)).unwrap_or(Rect::new(0.0, 0.0, 1.0, 1.0))
}

pub const MIN_ZOOM: f64 = 0.03;
pub const MAX_ZOOM: f64 = 3.0;

/// Pan and zoom: a diagram point `p` shows at `p × zoom + (x, y)` on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub x: f64,
    pub y: f64,
    pub zoom: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport { x: 0.0, y: 0.0, zoom: 1.0 }
    }
}

impl Viewport {
    pub fn to_screen(&self, p: Point) -> Point {
        Point::new(p.x * self.zoom + self.x, p.y * self.zoom + self.y)
    }

    pub fn to_diagram(&self, s: Point) -> Point {
        Point::new((s.x - self.x) / self.zoom, (s.y - self.y) / self.zoom)
    }

    pub fn rect_to_screen(&self, r: &Rect) -> Rect {
        let p = self.to_screen(Point::new(r.x, r.y));
        Rect::new(p.x, p.y, r.w * self.zoom, r.h * self.zoom)
    }

    /// Moved by a screen distance.
    pub fn panned(&self, dx: f64, dy: f64) -> Viewport {
        Viewport { x: self.x + dx, y: self.y + dy, zoom: self.zoom }
    }

    /// Zoomed by `factor` around the screen point `at` (which stays where it is).
    pub fn zoomed_at(&self, at: Point, factor: f64) -> Viewport {
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let k = zoom / self.zoom;
        Viewport { x: at.x - (at.x - self.x) * k, y: at.y - (at.y - self.y) * k, zoom }
    }

    /// The diagram rectangle a `width` × `height` screen shows.
    pub fn visible(&self, width: f64, height: f64) -> Rect {
        let p = self.to_diagram(Point::new(0.0, 0.0));
        Rect::new(p.x, p.y, width / self.zoom, height / self.zoom)
    }

    /// The same zoom, panned so that diagram point `p` is at the screen's centre.
    pub fn centred_on(&self, p: Point, width: f64, height: f64) -> Viewport {
        Viewport { x: width / 2.0 - p.x * self.zoom, y: height / 2.0 - p.y * self.zoom, zoom: self.zoom }
    }

    /// The SVG `transform` of the diagram's group.
    pub fn transform(&self) -> String {
        format!("translate({:.2} {:.2}) scale({:.5})", self.x, self.y, self.zoom)
    }
}

/// The viewport that shows all of `content` centred in a `width` × `height` screen,
/// leaving `margin` screen pixels around it, never zoomed in beyond 1.
pub fn fit(content: &Rect, width: f64, height: f64, margin: f64) -> Viewport {
    let avail_w = (width - 2.0 * margin).max(1.0);
    let avail_h = (height - 2.0 * margin).max(1.0);
    let zoom = (avail_w / content.w.max(1.0)).min(avail_h / content.h.max(1.0)).clamp(MIN_ZOOM, 1.0);
    Viewport { x: 0.0, y: 0.0, zoom }.centred_on(content.centre(), width, height)
}

/// The region (index into `regions`) that holds diagram point `p`; the last one drawn
/// wins if several do (they never overlap in a layout).
pub fn hit_region(p: Point, regions: &[Rect]) -> Option<usize> {
    regions.iter().rposition(|r| r.contains(p))
}

/// The minimap's projection: the diagram's `content` scaled to fit a `width` × `height`
/// box, centred (SVG's `xMidYMid meet`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Minimap {
    pub scale: f64,
    pub dx: f64,
    pub dy: f64,
}

impl Minimap {
    pub fn new(content: &Rect, width: f64, height: f64) -> Minimap {
        let scale = (width / content.w.max(1.0)).min(height / content.h.max(1.0));
        let dx = (width - content.w * scale) / 2.0 - content.x * scale;
        let dy = (height - content.h * scale) / 2.0 - content.y * scale;
        Minimap { scale, dx, dy }
    }

    pub fn project(&self, r: &Rect) -> Rect {
        Rect::new(r.x * self.scale + self.dx, r.y * self.scale + self.dy, r.w * self.scale, r.h * self.scale)
    }

    /// The diagram point under minimap point `m`.
    pub fn unproject(&self, m: Point) -> Point {
        Point::new((m.x - self.dx) / self.scale, (m.y - self.dy) / self.scale)
    }
}

/// The SVG path of a foreign key from card `from` to the card it references, `to`: a
/// curve leaving and entering through the facing sides (left/right when the cards are
/// side by side, top/bottom when stacked).
pub fn edge_path(from: &Rect, to: &Rect) -> String {
    let (a, b, horizontal) = if from.right() <= to.x {
        (Point::new(from.right(), from.y + 14.0), Point::new(to.x, to.y + 14.0), true)
    } else if to.right() <= from.x {
        (Point::new(from.x, from.y + 14.0), Point::new(to.right(), to.y + 14.0), true)
    } else if from.bottom() <= to.y {
        (Point::new(from.centre().x, from.bottom()), Point::new(to.centre().x, to.y), false)
    } else {
        (Point::new(from.centre().x, from.y), Point::new(to.centre().x, to.bottom()), false)
    };
    let (c1, c2) = if horizontal {
        let d = ((b.x - a.x) / 2.0).abs().max(12.0) * (b.x - a.x).signum();
        (Point::new(a.x + d, a.y), Point::new(b.x - d, b.y))
    } else {
        let d = ((b.y - a.y) / 2.0).abs().max(12.0) * (b.y - a.y).signum();
        (Point::new(a.x, a.y + d), Point::new(b.x, b.y - d))
    };
    format!("M{:.1} {:.1}C{:.1} {:.1} {:.1} {:.1} {:.1} {:.1}", a.x, a.y, c1.x, c1.y, c2.x, c2.y, b.x, b.y)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
    }

    #[test]
    fn screen_and_diagram_coordinates_round_trip() {
        let v = Viewport { x: 40.0, y: -10.0, zoom: 0.5 };
        let p = Point::new(120.0, 80.0);
        assert!(close(v.to_diagram(v.to_screen(p)), p));
        assert!(close(v.to_screen(p), Point::new(100.0, 30.0)));
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let v = Viewport { x: 13.0, y: 7.0, zoom: 0.8 };
        let at = Point::new(300.0, 200.0);
        let under = v.to_diagram(at);
        let z = v.zoomed_at(at, 1.7);
        assert!((z.zoom - 1.36).abs() < 1e-9);
        assert!(close(z.to_screen(under), at));
        assert_eq!(v.zoomed_at(at, 1e9).zoom, MAX_ZOOM);
        assert_eq!(v.zoomed_at(at, 1e-9).zoom, MIN_ZOOM);
    }

    #[test]
    fn fit_shows_everything_centred() {
        let content = Rect::new(100.0, 50.0, 4000.0, 1000.0);
        let v = fit(&content, 800.0, 600.0, 20.0);
        let shown = v.visible(800.0, 600.0);
        assert!(shown.encloses(&content), "{shown:?}");
        assert!(close(v.to_screen(content.centre()), Point::new(400.0, 300.0)));
        // Small content is not blown up.
        assert_eq!(fit(&Rect::new(0.0, 0.0, 10.0, 10.0), 800.0, 600.0, 20.0).zoom, 1.0);
    }

    #[test]
    fn centring_puts_the_point_in_the_middle() {
        let v = Viewport { x: 0.0, y: 0.0, zoom: 2.0 }.centred_on(Point::new(50.0, 60.0), 400.0, 300.0);
        assert!(close(v.to_screen(Point::new(50.0, 60.0)), Point::new(200.0, 150.0)));
        assert_eq!(v.zoom, 2.0);
    }

    #[test]
    fn hit_testing_finds_the_region_under_a_point() {
        let regions = [Rect::new(0.0, 0.0, 100.0, 100.0), Rect::new(150.0, 0.0, 100.0, 100.0)];
        assert_eq!(hit_region(Point::new(50.0, 50.0), &regions), Some(0));
        assert_eq!(hit_region(Point::new(200.0, 99.0), &regions), Some(1));
        assert_eq!(hit_region(Point::new(125.0, 50.0), &regions), None);
        assert_eq!(hit_region(Point::new(50.0, 150.0), &regions), None);
    }

    #[test]
    fn rectangles_overlap_only_with_shared_interior() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(a.overlaps(&Rect::new(5.0, 5.0, 10.0, 10.0)));
        assert!(!a.overlaps(&Rect::new(10.0, 0.0, 10.0, 10.0)));
        assert!(a.encloses(&Rect::new(1.0, 1.0, 9.0, 9.0)));
        assert!(!a.encloses(&Rect::new(1.0, 1.0, 10.0, 9.0)));
        assert_eq!(bounds(&[a, Rect::new(20.0, -5.0, 1.0, 1.0)]), Rect::new(0.0, -5.0, 21.0, 15.0));
    }

    #[test]
    fn the_minimap_projects_and_unprojects() {
        let content = Rect::new(-100.0, 0.0, 2000.0, 500.0);
        let m = Minimap::new(&content, 200.0, 100.0);
        let p = m.project(&content);
        assert!((p.w - 200.0).abs() < 1e-9 && p.h <= 100.0 + 1e-9);
        assert!((p.y - (100.0 - p.h) / 2.0).abs() < 1e-9);
        let q = Point::new(300.0, 250.0);
        let r = m.project(&Rect::new(q.x, q.y, 0.0, 0.0));
        assert!(close(m.unproject(Point::new(r.x, r.y)), q));
    }

    #[test]
    fn edges_leave_through_facing_sides() {
        let a = Rect::new(0.0, 0.0, 100.0, 40.0);
        let b = Rect::new(200.0, 100.0, 100.0, 40.0);
        assert!(edge_path(&a, &b).starts_with("M100.0 14.0"));
        assert!(edge_path(&a, &b).ends_with("200.0 114.0"));
        let below = Rect::new(0.0, 100.0, 100.0, 40.0);
        assert!(edge_path(&a, &below).starts_with("M50.0 40.0"));
        assert!(edge_path(&below, &a).ends_with("50.0 40.0"));
    }
}
