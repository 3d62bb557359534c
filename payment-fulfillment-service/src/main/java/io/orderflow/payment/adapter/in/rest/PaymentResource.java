package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.Roles.ADMIN;
import static io.orderflow.payment.adapter.in.rest.Roles.OPS;
import static io.orderflow.payment.adapter.in.rest.Roles.SERVICE;

import io.orderflow.faults.FaultInjector;
import io.orderflow.observability.OrderLogContext;
import io.orderflow.payment.application.FindPayments;
import io.orderflow.payment.application.MakePayment;
import io.orderflow.payment.application.MakePaymentCommand;
import io.orderflow.payment.application.RefundPayment;
import io.orderflow.payment.application.Settlement;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentId;
import io.orderflow.payment.domain.PaymentStatus;
import io.orderflow.rest.IdempotencyKey;
import io.orderflow.rest.Problem;
import io.orderflow.rest.ProblemException;
import io.orderflow.rest.ProblemType;
import io.orderflow.rest.RequestFingerprint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The payment API that order-service calls: pay for an order, read the payment, refund it. Only order-service
 * (role {@code service}) moves money; ops and admins may read payments.
 */
@Path("/payments")
@Tag(name = "Payments")
@SecurityRequirement(name = PaymentApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final MakePayment makePayment;
    private final FaultInjector faults;
    private final RefundPayment refundPayment;
    private final FindPayments findPayments;

    public PaymentResource(MakePayment makePayment, RefundPayment refundPayment, FindPayments findPayments,
                           FaultInjector faults) {
        this.faults = faults;
        this.makePayment = makePayment;
        this.refundPayment = refundPayment;
        this.findPayments = findPayments;
    }

    @POST
    @RolesAllowed(SERVICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pay for an order", description = "Charges the card once per Idempotency-Key and, when "
            + "captured, requests the shipment in the same transaction. The same key with the same body answers "
            + "the recorded outcome; a 503 leaves the payment PENDING and a retry with the same key settles it.")
    @APIResponse(responseCode = "201", description = "Captured by this request",
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "200", description = "Replay: the payment was settled by an earlier request",
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request or missing Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "idempotency-key-reused: the key came with another body; "
            + "conflict: the order was paid with another key; order-cancelled: the order was cancelled (POST "
            + "/payments/cancellations) and is never charged, and a charge that landed meanwhile is refunded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "payment-declined: declined by the provider; payment-failed: "
            + "the provider failed too often and the payment was VOIDED without a charge. The detail gives the "
            + "reason, also in the payment's failureReason", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Provider unavailable, or the provider failed too often and "
            + "the payment waits until its last charge attempt can no longer land (Retry-After); the payment "
            + "stays PENDING and a retry with the same key settles it", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pay(
            @Parameter(description = "Client-chosen key, unique per intended payment (1-128 characters); "
                    + "also the provider's idempotency key")
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid MakePaymentRequest request,
            @Context UriInfo uri) {
        IdempotencyKey.require(idempotencyKey, "charge");
        return OrderLogContext.with(request.orderId(), () -> payFor(idempotencyKey, request, uri));
    }

    private Response payFor(String idempotencyKey, MakePaymentRequest request, UriInfo uri) {
        Settlement settlement = makePayment.pay(new MakePaymentCommand(idempotencyKey,
                RequestFingerprint.of(request), request.details(), request.paymentToken()));
        faults.at("payment.settled-before-reply");
        Payment payment = settlement.view().payment();
        if (payment.status() == PaymentStatus.DECLINED) {
            throw new ProblemException(ProblemType.PAYMENT_DECLINED, "payment " + payment.id() + " for order "
                    + payment.details().orderId() + " was declined: " + payment.declineReason());
        }
        if (payment.status() == PaymentStatus.VOIDED) {
            throw new ProblemException(ProblemType.PAYMENT_FAILED, "payment " + payment.id() + " for order "
                    + payment.details().orderId() + " failed: " + payment.voidReason());
        }
        PaymentResponse body = PaymentResponse.of(settlement.view());
        if (!settlement.settledNow()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(body.id().toString()).build()).entity(body).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SERVICE, OPS, ADMIN})
    @Operation(summary = "Read one payment")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such payment", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentResponse get(@PathParam("id") UUID id) {
        return PaymentResponse.of(findPayments.byId(new PaymentId(id)));
    }

    @GET
    @RolesAllowed({SERVICE, OPS, ADMIN})
    @Operation(summary = "Find the payment of an order", description = "An empty list or a list of one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentResponse[].class)))
    public List<PaymentResponse> byOrder(@QueryParam(OrderIdParameter.NAME) String orderId) {
        return OrderLogContext.with(orderId, () -> findPayments.byOrderId(OrderIdParameter.parse(orderId)).stream()
                .map(PaymentResponse::of).toList());
    }

    @POST
    @Path("/{id}/refund")
    @RolesAllowed(SERVICE)
    @Operation(summary = "Refund a captured payment", description = "Marks the order cancelled here (as POST "
            + "/payments/cancellations does, so its shipment can no longer be dispatched), refunds at the "
            + "provider, then marks the payment REFUNDED and cancels its shipment request. Repeating it answers "
            + "the refunded payment.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such payment", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "conflict: the payment was declined or voided, nothing to "
            + "refund; shipment-dispatched: the shipment has left, nothing is refunded", content =
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Provider unavailable; the payment is unchanged (the order "
            + "stays cancelled) and a retry finishes the refund", content =
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentResponse refund(@PathParam("id") UUID id) {
        return PaymentResponse.of(refundPayment.refund(new PaymentId(id)));
    }
}
