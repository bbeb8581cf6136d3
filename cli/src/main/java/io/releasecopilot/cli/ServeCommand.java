package io.releasecopilot.cli;

import io.releasecopilot.audit.ExitCode;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.report.store.ReportStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rc serve}: a local dashboard of earlier runs. Lists the report JSON files under a folder or S3 prefix by
 * fix version and date, opens any of them as the HTML report, and compares two. Listens on 127.0.0.1 unless told
 * otherwise; runs until interrupted (Ctrl-C).
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Rc.Version.class,
        sortOptions = false,
        description = {
            "Serves earlier runs' reports: a list by fix version and date, each report, and comparisons.",
            "Exit codes: 0 stopped, 2 usage error, 1 any other error."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = System.getLogger(ServeCommand.class.getName());

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--reports", paramLabel = "DIR|s3://bucket/prefix", required = true,
            description = "Where the report JSON files are (any depth).")
    String reports;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); others can then read the reports.")
    String bind;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "error, warn, info or debug (default: ${DEFAULT-VALUE}). Logs go to stderr.")
    Logging.LogLevel logLevel;

    @Override
    public Integer call() {
        Logging.configure(logLevel, Logging.LogFormat.TEXT, spec.commandLine().getErr());
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535: " + port);
        }
        InetAddress address = address();
        ReportStore store = ReportStores.open(reports);
        try (ReportServer server = start(store, address)) {
            int runs = server.index().refresh().size();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Serving " + runs + (runs == 1 ? " run" : " runs") + " from " + store.location() + " at "
                    + server.url() + " (Ctrl-C to stop)");
            int broken = server.index().broken().size();
            if (broken > 0) {
                out.println(broken + (broken == 1 ? " file is" : " files are")
                        + " not a readable report; the list marks " + (broken == 1 ? "it" : "them") + ".");
            }
            out.flush();
            if (!address.isLoopbackAddress()) {
                LOG.log(Level.WARNING, "listening on {0}: anyone who can reach it can read these reports", bind);
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "rc-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                removeHook(hook);
            }
        }
        return ExitCode.OK.code();
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageException("--bind " + bind + ": unknown address");
        }
    }

    private ReportServer start(ReportStore store, InetAddress address) {
        try {
            ReportServer server = new ReportServer(store, address, port);
            server.start();
            return server;
        } catch (IOException e) {
            throw new AuditException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down; the hook runs anyway
        }
    }
}
