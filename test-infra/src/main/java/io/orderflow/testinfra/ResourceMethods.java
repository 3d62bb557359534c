package io.orderflow.testinfra;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The JAX-RS operations a service exposes, read from its classes, as {@code "POST /skus/{sku}"}; security matrices check that they table every one. */
public final class ResourceMethods {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private ResourceMethods() {
    }

    /** Every resource method under {@code servicePackage}, sorted. */
    public static List<String> of(String servicePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage).stream()
                // REST client interfaces carry @Path too; only classes serve requests.
                .filter(type -> type.isAnnotatedWith(Path.class) && !type.isInterface())
                .flatMap(ResourceMethods::operations)
                .sorted().toList();
    }

    private static Stream<String> operations(JavaClass resource) {
        String root = path(resource.tryGetAnnotationOfType(Path.class.getName())).orElseThrow();
        return resource.getMethods().stream().flatMap(method -> method.getAnnotations().stream()
                .map(annotation -> annotation.getRawType())
                .filter(type -> type.getPackageName().equals("jakarta.ws.rs")
                        && HTTP_METHODS.contains(type.getSimpleName()))
                .map(verb -> verb.getSimpleName() + " " + root
                        + path(method.tryGetAnnotationOfType(Path.class.getName())).orElse("")));
    }

    private static Optional<String> path(Optional<? extends JavaAnnotation<?>> annotation) {
        return annotation.flatMap(a -> a.get("value")).map(String.class::cast)
                .map(value -> value.startsWith("/") || value.isEmpty() ? value : "/" + value);
    }
}
