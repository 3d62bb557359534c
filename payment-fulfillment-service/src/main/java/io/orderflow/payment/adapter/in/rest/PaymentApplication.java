package io.orderflow.payment.adapter.in.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Names the bearer scheme every resource requires, so {@code /q/openapi} tells callers to send a JWT. */
@SecurityScheme(securitySchemeName = PaymentApplication.BEARER, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT")
public class PaymentApplication extends Application {

    static final String BEARER = "bearer";
}
