package cn.daxiang.justice.devsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code StartupBench SINCE_EPOCH_MS SECONDS URL...}: the start-up part of {@code ./platform bench}.
 * Waits until every URL answers 200 (polling every 20 ms, finer than {@link ReadyWait}) and prints
 * the milliseconds from {@code SINCE_EPOCH_MS} (when the script launched the JVMs) to the moment the
 * last one answered. Exits 1 naming the URLs that never did within {@code SECONDS}.
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: StartupBench SINCE_EPOCH_MS SECONDS URL...");
            System.exit(2);
        }
        long since = Long.parseLong(args[0]);
        long deadline = since + Duration.ofSeconds(Long.parseLong(args[1])).toMillis();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        List<String> pending = new ArrayList<>(List.of(args).subList(2, args.length));
        while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
            pending.removeIf(url -> ready(client, url));
            if (!pending.isEmpty()) {
                Thread.sleep(20);
            }
        }
        if (!pending.isEmpty()) {
            System.err.println("not ready: " + String.join(" ", pending));
            System.exit(1);
        }
        System.out.println(System.currentTimeMillis() - since);
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
