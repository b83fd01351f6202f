package cn.daxiang.justice.guard.trace;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QueryValuesHiddenTest {

    @Test
    void aSpansQueryKeepsItsParameterNamesButNoneOfTheirValues() {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        // closed after the spans are read: closing shuts the exporter down, which forgets them
        SdkTracerProvider tracing = SdkTracerProvider.builder().addSpanProcessor(new QueryValuesHidden())
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
        // as the HTTP instrumentation starts a span: the attributes are on the builder
        tracing.get("test").spanBuilder("GET /api/v1/corrections/subjects").setSpanKind(SpanKind.SERVER)
                .setAttribute(QueryValuesHidden.URL_QUERY, "name=%E5%BC%A0%E4%B8%89&idNumber=11010519491231002X&page=2")
                .startSpan().end();
        tracing.get("test").spanBuilder("GET").setSpanKind(SpanKind.CLIENT)
                .setAttribute(QueryValuesHidden.URL_FULL, "http://corrections:8081/api/v1/corrections/stats?orgUnit=430503000000&to=2021-12-31")
                .startSpan().end();
        tracing.get("test").spanBuilder("GET").startSpan().end();
        SpanData server = exporter.getFinishedSpanItems().get(0);
        assertEquals("name=*&idNumber=*&page=*", server.getAttributes().get(QueryValuesHidden.URL_QUERY));
        assertEquals("http://corrections:8081/api/v1/corrections/stats?orgUnit=*&to=*",
                exporter.getFinishedSpanItems().get(1).getAttributes().get(QueryValuesHidden.URL_FULL));
        assertNull(exporter.getFinishedSpanItems().get(2).getAttributes().get(QueryValuesHidden.URL_QUERY));
        tracing.close();
    }
}
