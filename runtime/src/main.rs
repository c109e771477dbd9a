//! minode: a small Node-compatible JavaScript runtime.
mod allocator;
mod builtins;
mod cli;
mod engine;
mod esm;
mod event_loop;
mod profiler;
mod types;
mod worker;

/// The Node API level minode implements (what `process.version` reports).
pub const NODE_VERSION: &str = "v22.12.0";

fn main() {
    worker::install();
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let code = match cli::parse(args, NODE_VERSION) {
        cli::Action::Print(text) => {
            print!("{text}");
            0
        }
        cli::Action::Fail(msg) => {
            eprintln!("{msg}");
            9
        }
        cli::Action::Run(opts) => engine::run(opts),
    };
    minode_bindings::flush_stdio();
    std::process::exit(code);
}
