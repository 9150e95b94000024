package dev.kefu.bot.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The error a person sees when their browser opens a page it cannot have: a page in their
 * language that says what happened and where to go, instead of problem JSON. API calls,
 * and anything that does not ask for HTML first, keep getting problem details.
 */
final class BrowserErrorPage {

	private static final List<String> API_PATHS = List.of("/api/", "/ws/", "/actuator");

	private static final Map<String, Map<String, String>> WORDS = Map.of("en",
			Map.of("403", "No access to this page", "403.detail",
					"Your account does not have a role that opens this page. Sign in as someone who has one.", "404",
					"Page not found", "404.detail", "There is no page at this address.", "4xx",
					"The request could not be processed", "4xx.detail", "Check the address and try again.", "5xx",
					"Something went wrong on our side", "5xx.detail", "Try again in a moment.", "home", "Start page",
					"login", "Sign in as someone else"),
			"zh-Hans",
			Map.of("403", "无权访问此页面", "403.detail", "您的账号没有打开此页面的角色，请用有权限的账号登录。", "404", "页面不存在", "404.detail",
					"这个地址没有页面。", "4xx", "请求无法处理", "4xx.detail", "请检查地址后重试。", "5xx", "系统出了点问题", "5xx.detail", "请稍后再试。",
					"home", "返回首页", "login", "换个账号登录"),
			"zh-Hant",
			Map.of("403", "無權存取此頁面", "403.detail", "您的帳號沒有開啟此頁面的角色，請用有權限的帳號登入。", "404", "頁面不存在", "404.detail",
					"這個網址沒有頁面。", "4xx", "請求無法處理", "4xx.detail", "請檢查網址後重試。", "5xx", "系統出了點問題", "5xx.detail", "請稍後再試。",
					"home", "返回首頁", "login", "換個帳號登入"));

	private BrowserErrorPage() {
	}

	/**
	 * Whether a request is a browser opening a page, which should get this page.
	 * @param request the request
	 * @return {@code true} for a page request that prefers HTML
	 */
	static boolean wanted(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path == null || API_PATHS.stream().anyMatch(path::startsWith)) {
			return false;
		}
		String accept = request.getHeader("Accept");
		if (accept == null) {
			return false;
		}
		List<MediaType> types = MediaType.parseMediaTypes(accept);
		MediaType.sortBySpecificityAndQuality(types);
		return !types.isEmpty() && MediaType.TEXT_HTML.isCompatibleWith(types.get(0)) && !types.get(0).isWildcardType();
	}

	/**
	 * Writes the page.
	 * @param request the request, whose locale chooses the language
	 * @param response the response
	 * @param status the status
	 * @throws IOException if the response cannot be written
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(html(request, status));
	}

	/**
	 * The page's HTML.
	 * @param request the request, whose chosen language or locale chooses the page's
	 * @param status the status
	 * @return the page
	 */
	static String html(HttpServletRequest request, HttpStatus status) {
		String language = PageLanguage.of(request);
		Map<String, String> words = WORDS.get(language);
		String key = switch (status) {
			case FORBIDDEN -> "403";
			case NOT_FOUND -> "404";
			default -> status.is5xxServerError() ? "5xx" : "4xx";
		};
		return """
				<!doctype html>
				<html lang="%s">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s · Kefu</title>
				  <link rel="stylesheet" href="/assets/staff.css">
				  <link rel="stylesheet" href="/assets/login.css">
				</head>
				<body class="login error-page">
				  <main>
				    <h1>客服 Kefu</h1>
				    <h2 id="error-title">%s</h2>
				    <p id="error-detail">%s</p>
				    <p><a href="/">%s</a> · <a href="/login">%s</a></p>
				    <p class="status">%d</p>
				  </main>
				</body>
				</html>
				""".formatted(language, words.get(key), words.get(key), words.get(key + ".detail"), words.get("home"),
				words.get("login"), status.value());
	}

}
