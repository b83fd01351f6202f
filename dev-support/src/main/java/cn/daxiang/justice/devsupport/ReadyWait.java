package cn.daxiang.justice.devsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ReadyWait [--since EPOCH_MS] SECONDS URL...}: waits until every URL answers 200, so
 * {@code ./platform up} needs nothing but a JDK (no curl). Exits 1 naming the URLs that never became
 * ready. With {@code --since} (the start-up benchmark: when the script launched the JVMs) it polls
 * every 20 ms instead of 500 and prints the milliseconds from then to the last answer; stdout is
 * the script's interface here, so this command-line tool prints rather than logs.
 */
public final class ReadyWait {

    private ReadyWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean timed = args.length > 0 && args[0].equals("--since");
        long since = timed && args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        int first = timed ? 2 : 0;
        if (args.length < first + 2) {
            System.err.println("usage: ReadyWait [--since EPOCH_MS] SECONDS URL...");
            System.exit(2);
        }
        long deadline = since + Duration.ofSeconds(Long.parseLong(args[first])).toMillis();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        List<String> pending = new ArrayList<>(List.of(args).subList(first + 1, args.length));
        while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
            pending.removeIf(url -> ready(client, url));
            if (!pending.isEmpty()) {
                Thread.sleep(timed ? 20 : 500);
            }
        }
        if (!pending.isEmpty()) {
            System.err.println("not ready: " + String.join(" ", pending));
            System.exit(1);
        }
        if (timed) {
            System.out.println(System.currentTimeMillis() - since);
        }
    }

    private static boolean ready(HttpClient client, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
