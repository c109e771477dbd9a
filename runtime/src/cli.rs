//! Command-line parsing: `minode [options] [script.js | -e code | -p expr | -] [args...]`.

#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Script,
    Eval,
    Print,
    Stdin,
    Repl,
    /// A worker_threads.Worker's thread (never from the command line).
    Worker,
}

impl Mode {
    pub fn as_str(&self) -> &'static str {
        match self {
            Mode::Script => "script",
            Mode::Eval => "eval",
            Mode::Print => "print",
            Mode::Stdin => "stdin",
            Mode::Repl => "repl",
            Mode::Worker => "worker",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    pub mode: Mode,
    /// process.argv: [execPath, script?, ...args]
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    /// Code for -e/-p.
    pub source: Option<String>,
    /// `--cluster N|max`.
    pub cluster: Option<String>,
    /// Other `--cluster-*` settings, as `name=value`.
    pub cluster_options: Vec<String>,
}

pub enum Action {
    Run(Options),
    Print(String),
    Fail(String),
}

pub const HELP: &str = "Usage: minode [options] [ script.js ] [arguments]
       minode -e|-p \"script\" [arguments]
       minode --cluster N|max [cluster options] script.js [arguments]

Options:
  -                           script read from stdin (default if no file name is provided, when stdin is not a TTY)
  --                          indicate the end of minode options
  -e, --eval script           evaluate script
  -p, --print script          evaluate script and print result
  -r, --require module        module to preload (option can be repeated)
  -h, --help                  print minode command line options
  -v, --version               print minode's version (the Node API level it targets)
  --input-type=module         treat -e/-p/stdin source as an ES module

Cluster supervisor (the app needs no cluster code):
  --cluster N|max             run the script in N worker processes (max = one per CPU)
                              sharing its listening sockets; restart crashed workers;
                              SIGHUP = rolling reload, SIGINT/SIGTERM = graceful stop
  --cluster-grace-ms MS       how long a draining worker may take before it is killed (default 30000)
  --cluster-ready-timeout-ms MS
                              how long a new worker may take to listen (or send 'ready') (default 30000)
  --cluster-ready-message     wait for process.send('ready') instead of 'listening'
  --cluster-backoff-ms MS     first restart delay after a crash, doubled per crash (default 100, max 10000)
  --cluster-max-restarts K    crashes within --cluster-min-uptime-ms of start that count as a crash loop (default 5)
  --cluster-min-uptime-ms MS  a worker that lived shorter than this crashed early (default 5000)

Environment variables:
  NODE_DEBUG                  ','-separated list of core modules that should print debug information
  NODE_CLUSTER_SCHED_POLICY   'rr' (round-robin, default) or 'none' (shared listening handle)
  MINODE_JS_DIR               load the JS layer from this directory instead of the embedded copy
";

fn value_of(args: &[String], i: &mut usize, flag: &str) -> Result<String, String> {
    *i += 1;
    args.get(*i)
        .cloned()
        .ok_or_else(|| format!("minode: {flag} requires an argument"))
}

pub fn parse(args: Vec<String>, version: &str) -> Action {
    let exec_path = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| args.first().cloned().unwrap_or_else(|| "minode".into()));
    let mut mode = None;
    let mut source = None;
    let mut exec_argv = Vec::new();
    let mut cluster = None;
    let mut cluster_options = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let a = args[i].clone();
        // Split --flag=value.
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if a.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let take = |i: &mut usize| -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => value_of(&args, i, &flag),
            }
        };
        match flag.as_str() {
            "-h" | "--help" => return Action::Print(HELP.to_string()),
            "-v" | "--version" => return Action::Print(format!("{version}\n")),
            "-e" | "--eval" | "-p" | "--print" | "-pe" => {
                let code = match take(&mut i) {
                    Ok(c) => c,
                    Err(e) => return Action::Fail(e),
                };
                exec_argv.push(a.clone());
                if inline.is_none() {
                    exec_argv.push(code.clone());
                }
                mode = Some(if flag.contains('p') {
                    Mode::Print
                } else {
                    Mode::Eval
                });
                source = Some(code);
            }
            "-r" | "--require" | "--import" => {
                exec_argv.push(a.clone());
                if inline.is_none() {
                    match take(&mut i) {
                        Ok(v) => exec_argv.push(v),
                        Err(e) => return Action::Fail(e),
                    }
                }
            }
            "--cluster" => match take(&mut i) {
                Ok(v) => cluster = Some(v),
                Err(e) => return Action::Fail(e),
            },
            f if f.starts_with("--cluster-") => {
                let name = f.trim_start_matches("--cluster-").to_string();
                let value = if name == "ready-message" {
                    inline.clone().unwrap_or_else(|| "true".into())
                } else {
                    match take(&mut i) {
                        Ok(v) => v,
                        Err(e) => return Action::Fail(e),
                    }
                };
                cluster_options.push(format!("{name}={value}"));
            }
            "-" => {
                mode = Some(Mode::Stdin);
                i += 1;
                break;
            }
            "--" => {
                i += 1;
                break;
            }
            f if f.starts_with('-') && mode.is_none() => {
                // Node flags we accept and ignore (--no-warnings, --expose-gc, --max-old-space-size...).
                exec_argv.push(a.clone());
            }
            _ => break,
        }
        i += 1;
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let mut argv = vec![exec_path];
    let mode = match mode {
        Some(m) => m,
        None if !rest.is_empty() => Mode::Script,
        None if unsafe { libc::isatty(0) } == 1 => Mode::Repl,
        None => Mode::Stdin,
    };
    if mode == Mode::Stdin && args.iter().any(|a| a == "-") {
        argv.push("-".into());
    }
    argv.extend(rest);
    Action::Run(Options {
        mode,
        argv,
        exec_argv,
        source,
        cluster,
        cluster_options,
    })
}
