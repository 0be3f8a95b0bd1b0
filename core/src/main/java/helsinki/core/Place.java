package helsinki.core;

import org.jspecify.annotations.Nullable;

/** A place as named, with its ISO 3166-1 alpha-2 country and ISO 3166-2 region where known. */
public record Place(String name, @Nullable String country, @Nullable String region) {}
