package cn.daxiang.justice.devsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ReadyWait SECONDS URL...}: waits until every URL answers 200, so {@code ./platform up}
 * needs nothing but a JDK (no curl). Exits 1 naming the URLs that never became ready.
 */
public final class ReadyWait {

    private ReadyWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: ReadyWait SECONDS URL...");
            System.exit(2);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[0])).toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<String> pending = new ArrayList<>(List.of(args).subList(1, args.length));
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            pending.removeIf(url -> ready(client, url));
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        if (!pending.isEmpty()) {
            System.err.println("not ready: " + String.join(" ", pending));
            System.exit(1);
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
