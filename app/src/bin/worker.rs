//! The planner worker (a Web Worker): parsing, planning, checking and generating run
//! here, so the page never freezes.

fn main() {
    pgcarve_app::worker::serve();
}
