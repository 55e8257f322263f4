//! The page: mounts the pgcarve app (see the library's docs).

fn main() {
    pgcarve_app::mount();
}
