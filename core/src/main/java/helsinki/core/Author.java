package helsinki.core;

import org.jspecify.annotations.Nullable;

/** A person who signed or wrote a document, with the role they sign with ("President and CEO"). */
public record Author(String name, @Nullable String role) {}
