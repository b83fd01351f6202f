package cn.daxiang.justice.kit.rest;

import java.util.UUID;

/** A view of one record, named by its id: what {@link Created} builds the {@code Location} from. */
public interface Identified {

    UUID id();
}
