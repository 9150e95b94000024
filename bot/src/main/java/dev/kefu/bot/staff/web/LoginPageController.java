package dev.kefu.bot.staff.web;

import java.util.Map;

import dev.kefu.bot.problems.PageLanguage;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Kefu's own staff login page, in the language the staff member last chose in this
 * browser or else the browser's ({@link PageLanguage}: Simplified Chinese, Traditional
 * Chinese or English): a plain form that works without scripts, carrying the session's
 * CSRF token, and saying why the last attempt did not sign in (a wrong password, too many
 * failures and how long to wait, a signed-out session).
 */
@RestController
class LoginPageController {

	private static final Map<String, Map<String, String>> WORDS = Map.of("en",
			Map.of("lang", "en", "title", "Kefu · Staff sign in", "heading", "Staff sign in", "username", "Username",
					"password", "Password", "submit", "Sign in", "error", "Wrong username or password.", "throttled",
					"Too many failed attempts. Try again in %d seconds.", "logout", "You have signed out."),
			"zh-Hans",
			Map.of("lang", "zh-Hans", "title", "客服 · 员工登录", "heading", "员工登录", "username", "用户名", "password", "密码",
					"submit", "登录", "error", "用户名或密码错误。", "throttled", "失败次数过多，请 %d 秒后再试。", "logout", "您已退出登录。"),
			"zh-Hant",
			Map.of("lang", "zh-Hant", "title", "客服 · 員工登入", "heading", "員工登入", "username", "使用者名稱", "password", "密碼",
					"submit", "登入", "error", "使用者名稱或密碼錯誤。", "throttled", "失敗次數過多，請 %d 秒後再試。", "logout", "您已登出。"));

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	String page(CsrfToken csrf, HttpServletRequest request,
			@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "throttled", required = false) Integer throttled,
			@RequestParam(name = "logout", required = false) String logout) {
		Map<String, String> words = WORDS.get(PageLanguage.of(request));
		String notice = "";
		if (throttled != null) {
			notice = String.format(words.get("throttled"), Math.clamp(throttled, 1, 86_400));
		}
		else if (error != null) {
			notice = words.get("error");
		}
		else if (logout != null) {
			notice = words.get("logout");
		}
		return """
				<!doctype html>
				<html lang="%s">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s</title>
				  <link rel="stylesheet" href="/assets/staff.css">
				  <link rel="stylesheet" href="/assets/login.css">
				</head>
				<body class="login">
				  <main>
				    <h1>客服 Kefu</h1>
				    <h2>%s</h2>
				    <p id="notice" role="status">%s</p>
				    <form method="post" action="/login">
				      <label>%s <input id="username" name="username" autocomplete="username" required autofocus></label>
				      <label>%s <input id="password" name="password" type="password" autocomplete="current-password" required></label>
				      <input name="_csrf" type="hidden" value="%s">
				      <button type="submit">%s</button>
				    </form>
				  </main>
				</body>
				</html>
				"""
			.formatted(words.get("lang"), words.get("title"), words.get("heading"), HtmlUtils.htmlEscape(notice),
					words.get("username"), words.get("password"), HtmlUtils.htmlEscape(csrf.getToken()),
					words.get("submit"));
	}

}
