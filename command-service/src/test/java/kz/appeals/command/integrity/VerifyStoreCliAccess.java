package kz.appeals.command.integrity;

import java.io.PrintStream;
import java.util.Map;

/** Lets tests in other packages run the command line without its System.exit. */
public final class VerifyStoreCliAccess {

    private VerifyStoreCliAccess() {
    }

    public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        return VerifyStoreCli.run(env, out, err);
    }
}
