package io.orderflow.order.adapter.in.rest;

import java.util.List;

/** One page of orders, newest first. */
public record OrderPage(List<OrderResponse> items, int page, int size, long total) {
}
