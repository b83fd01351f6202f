package cn.daxiang.justice.kit.document;

import java.util.List;

/** A line's formal instruments: one bean per line lists its {@link InstrumentKind}s. */
public interface InstrumentCatalog {

    List<InstrumentKind<?>> kinds();
}
